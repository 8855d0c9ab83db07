package com.connectgateway.operations.download;

import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The download operations answer within the operation deadline: items and id batches run two at
 * a time (ShortUpstreamPolicies), and what the deadline cut off is reported per item.
 */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class DownloadDeadlineTest {

    private static final String DOWNLOADS = "/sandbox/v3/downloads/";
    private static final String IMAGES = "/sandbox/v3/images";

    private Map<String, Object> session;
    private String token;

    @BeforeEach
    void session() {
        Breakers.resetAll();
        Sandbox.reset();
        Faults.clear();
        session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    /**
     * Nearly every image of the sandbox catalog is downloadable: 25 are enough for 8, and a small
     * search stays well inside the 1 s read timeout even as the first call after a start.
     */
    private List<String> downloadableImages(int count) {
        List<Map<String, Object>> images = SearchRequests.searchOk(token, creative(body(1, 25)))
                .getList("SearchForImagesResult.Images");
        List<String> ids = images.stream().filter(Downloads::downloadable).map(image -> (String) image.get("ImageId"))
                .limit(count).toList();
        assertThat(ids).hasSize(count);
        return ids;
    }

    /**
     * Eight items, two at a time, 600 ms each, 1.5 s: about four are done, the next two are cut off
     * while v3 works on them, and the rest are never sent to v3.
     */
    @Test
    void itemsPastTheDeadlineAreReportedAndNeverRequested() {
        List<String> ids = downloadableImages(8);
        JsonBody largest = Downloads.largest(token, ids).extract().as(JsonBody.class);
        List<Map<String, Object>> authorized = largest.getList("GetLargestImageDownloadAuthorizationsResult.Images");
        List<String> downloadTokens = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> image = authorized.stream().filter(entry -> id.equals(entry.get("ImageId"))).findFirst().orElseThrow();
            downloadTokens.add(JsonBody.read(image, "Authorizations[0].DownloadToken"));
        }
        Faults.rule(Map.of("path", DOWNLOADS, "method", "POST", "delayMillis", 600));

        JsonBody answer = Downloads.create(LegacyApi.overHttps(), (String) session.get("SecureToken"), downloadTokens)
                .extract().as(JsonBody.class);

        assertThat(answer.getString("ResponseHeader.Status")).isEqualTo("warning");
        assertThat(answer.getList("CreateDownloadRequestResult.DownloadUrls.ImageId", String.class)).isEqualTo(ids);
        List<String> statuses = answer.getList("CreateDownloadRequestResult.DownloadUrls.Status", String.class);
        long succeeded = statuses.stream().filter("Success"::equals).count();
        assertThat(succeeded).isGreaterThanOrEqualTo(2).isLessThan(8);
        assertThat(statuses.subList(0, (int) succeeded)).containsOnly("Success"); // taken in request order
        assertThat(statuses.subList((int) succeeded, 8)).containsOnly("FailedToGetDownloadUrl");

        List<Map<String, Object>> notRequested = statusesWhere(answer,
                entry -> String.valueOf(entry.get("Message")).contains("no download was used"));
        assertThat(notRequested).isNotEmpty().allSatisfy(entry -> assertThat(entry.get("Code")).isEqualTo("DependentServiceDown"));
        int posts = Faults.hits(DOWNLOADS).size();
        assertThat(posts).isEqualTo(8 - notRequested.size()); // nothing was sent for them
        assertThat(Downloads.v3Downloads().getList("$")).hasSizeBetween((int) succeeded, posts);
    }

    /**
     * 201 ids are three v3 batches. The first two go out together and answer after 600 ms (inside
     * their 1 s read timeout); the third starts after them, with less than its read timeout left
     * (1.5 s - 0.6 s), and hangs: the deadline cuts it off, its image is reported and the other two
     * are answered.
     */
    @Test
    void idBatchesRunTogetherAndTheOneCutOffIsReportedPerImage() {
        List<String> real = downloadableImages(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            ids.add(i % 100 == 0 ? real.get(i / 100) : Long.toString(900_000_000L + i));
        }
        Faults.rules(List.of(
                Map.of("path", IMAGES, "times", 2, "delayMillis", 600),
                Map.of("path", IMAGES, "delayMillis", 5_000)));

        JsonBody answer = Downloads.largest(token, ids).extract().as(JsonBody.class);

        assertThat(answer.getString("ResponseHeader.Status")).isEqualTo("warning");
        assertThat(answer.getList("GetLargestImageDownloadAuthorizationsResult.Images.ImageId", String.class))
                .containsExactly(real.get(0), real.get(1));
        List<Map<String, Object>> cutOff = statusesWhere(answer, entry -> "DependentServiceDown".equals(entry.get("Code")));
        assertThat(cutOff).hasSize(1);
        assertThat((String) cutOff.get(0).get("Message")).contains(real.get(2));

        List<Map<String, Object>> hits = Faults.hits(IMAGES);
        assertThat(hits).hasSize(3);
        long apart = ((Number) hits.get(1).get("at")).longValue() - ((Number) hits.get(0).get("at")).longValue();
        assertThat(apart).isLessThan(600); // the first two batches went out together
    }

    private static List<Map<String, Object>> statusesWhere(JsonBody answer, java.util.function.Predicate<Map<String, Object>> test) {
        List<Map<String, Object>> statuses = answer.getList("ResponseHeader.StatusList");
        return statuses.stream().filter(test).toList();
    }
}
