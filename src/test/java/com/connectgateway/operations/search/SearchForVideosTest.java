package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SearchForVideos through the gateway and the sandbox's v3 videos: phrases, families, windows, ids, and a download to the bytes. */
@QuarkusTest
class SearchForVideosTest {

    private String token;
    private String secureToken;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
    }

    static Map<String, Object> body(String phrase, List<String> families, int start, int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> query = new LinkedHashMap<>();
        if (phrase != null) {
            query.put("SearchPhrase", phrase);
        }
        body.put("Query", query);
        Map<String, Object> filter = new LinkedHashMap<>();
        if (families != null) {
            filter.put("AssetFamilies", families);
        }
        body.put("Filter", filter);
        body.put("ResultOptions", new LinkedHashMap<>(Map.of("ItemStartNumber", start, "ItemCount", count)));
        return body;
    }

    private ValidatableResponse search(String sessionToken, Map<String, Object> body) {
        return LegacyApi.post(LegacyApi.overHttp(), "/v2/search/SearchForVideos",
                LegacyApi.envelope(sessionToken, "vid", "SearchForVideosRequestBody", body));
    }

    private JsonBody ok(Map<String, Object> body) {
        JsonBody answer = search(token, body).extract().as(JsonBody.class);
        assertThat(answer.getString("ResponseHeader.Status")).isIn("success", "warning");
        return answer;
    }

    @Test
    void aCommonPhraseFindsDozensOfVideosInEachFamily() {
        for (String family : List.of("Creative", "Editorial")) {
            JsonBody found = ok(body("dog", List.of(family), 1, 10));
            assertThat(found.getLong("SearchForVideosResult.ItemTotalCount")).as(family).isGreaterThan(20);
            assertThat(found.getList("SearchForVideosResult.Videos.AssetFamily")).containsOnly(family);
            Map<String, Object> video = found.getMap("SearchForVideosResult.Videos[0]");
            assertThat((String) video.get("ClipLength")).matches("\\d\\d:\\d\\d:\\d\\d:\\d\\d");
            assertThat((String) video.get("DateCreated")).matches("/Date\\(-?\\d+[+-]\\d{4}\\)/");
            assertThat((List<?>) JsonBody.read(video, "Urls.StoryBoard")).isNotEmpty();
            assertThat((String) JsonBody.read(video, "Urls.Thumb")).startsWith("http");
            assertThat((List<?>) video.get("DownloadSizes")).isNotEmpty();
        }
        JsonBody both = ok(body("dog", null, 1, 10));
        assertThat(both.getLong("SearchForVideosResult.ItemTotalCount"))
                .isEqualTo(ok(body("dog", List.of("Creative"), 1, 1)).getLong("SearchForVideosResult.ItemTotalCount")
                        + ok(body("dog", List.of("Editorial"), 1, 1)).getLong("SearchForVideosResult.ItemTotalCount"));
    }

    @Test
    void windowsNeitherOverlapNorLeaveGaps() {
        List<Object> whole = ok(body("city", List.of("Creative"), 1, 30)).getList("SearchForVideosResult.Videos.AssetId");
        assertThat(whole).hasSize(30).doesNotHaveDuplicates();
        List<Object> paged = new ArrayList<>();
        for (int start = 1; start <= 30; start += 12) {
            JsonBody page = ok(body("city", List.of("Creative"), start, Math.min(12, 31 - start)));
            assertThat(page.getLong("SearchForVideosResult.ItemStartNumber")).isEqualTo(start);
            paged.addAll(page.getList("SearchForVideosResult.Videos.AssetId"));
        }
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void assetIdsAreLookedUpInTheOrderAskedAndUnknownOnesReported() {
        List<Object> ids = ok(body("dog", List.of("Editorial"), 1, 3)).getList("SearchForVideosResult.Videos.AssetId");
        List<Object> asked = new ArrayList<>(List.of(ids.get(2), "999999999", ids.get(0)));
        Map<String, Object> byId = new LinkedHashMap<>();
        byId.put("Query", Map.of("AssetIds", asked));
        byId.put("ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", 10));
        search(token, byId)
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoVideos")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("Video 999999999 was not found.")))
                .body(at("SearchForVideosResult.Videos.AssetId", equalTo(List.of(ids.get(2), ids.get(0)))))
                .body(at("SearchForVideosResult.ItemTotalCount", equalTo(2)));
        byId.put("Query", Map.of("AssetIds", asked, "SearchPhrase", "dog"));
        search(token, byId).body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSearchForVideoByAssetId")));
    }

    @Test
    void noMatchIsAWarningWithAnEmptyList() {
        search(token, body("zzqxv", null, 1, 5))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[-1].Code", equalTo("NoVideos")))
                .body(at("SearchForVideosResult.Videos", equalTo(List.of())))
                .body(at("SearchForVideosResult.ItemTotalCount", equalTo(0)));
    }

    @Test
    void anApplicationSessionSearchesWithoutDownloadSizes() {
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        JsonBody found = search(application, body("dog", List.of("Creative"), 1, 3)).extract().as(JsonBody.class);
        assertThat(found.getList("SearchForVideosResult.Videos")).hasSize(3);
        assertThat(found.getList("SearchForVideosResult.Videos.DownloadSizes")).allSatisfy(sizes -> assertThat((List<?>) sizes).isEmpty());
    }

    @Test
    void aVideoDownloadTokenIsRedeemedByCreateDownloadRequestDownToTheFile() {
        JsonBody found = ok(body("dog", List.of("Creative"), 1, 20));
        List<Map<String, Object>> videos = found.getList("SearchForVideosResult.Videos");
        Map<String, Object> video = videos.stream().filter(v -> !((List<?>) v.get("DownloadSizes")).isEmpty()
                && !((List<?>) JsonBody.read(v, "DownloadSizes[0].DownloadAuthorizations")).isEmpty()).findFirst().orElseThrow();
        String videoId = (String) video.get("AssetId");
        String sizeName = JsonBody.read(video, "DownloadSizes[0].Name");
        String downloadToken = JsonBody.read(video, "DownloadSizes[0].DownloadAuthorizations[0].DownloadToken");

        JsonBody created = Downloads.create(LegacyApi.overHttps(), secureToken, List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(videoId)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].SizeName", equalTo(sizeName)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .extract().as(JsonBody.class);
        Response file = given().get(created.getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment"));
        file.then().statusCode(200);
        assertThat(file.contentType()).startsWith("video/mp4");
        assertThat(file.asByteArray()).isNotEmpty();
        JsonBody v3 = Downloads.v3Downloads();
        assertThat(v3.getList("$")).hasSize(1);
        assertThat(v3.getString("[0].query.size")).isEqualTo(sizeName);
    }

    private Map<String, Object> downloadableVideo() {
        List<Map<String, Object>> videos = ok(body("dog", List.of("Creative"), 1, 20)).getList("SearchForVideosResult.Videos");
        return videos.stream().filter(v -> !((List<?>) v.get("DownloadSizes")).isEmpty()
                && !((List<?>) JsonBody.read(v, "DownloadSizes[0].DownloadAuthorizations")).isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aVideoDownloadFollowsTheProductsLimit() {
        Map<String, Object> authorization = JsonBody.read(downloadableVideo(), "DownloadSizes[0].DownloadAuthorizations[0]");
        Downloads.productRemaining((String) authorization.get("ProductOfferingInstanceId"), 0);
        Downloads.create(LegacyApi.overHttps(), secureToken, List.of((String) authorization.get("DownloadToken")))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("limit")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("NoAccess")));
    }

    @Test
    void assetIdsMayBeNumbersAndTheV1PathServesTheOperation() {
        String id = (String) downloadableVideo().get("AssetId");
        Map<String, Object> byId = new LinkedHashMap<>();
        byId.put("Query", Map.of("AssetIds", List.of(Long.parseLong(id))));
        byId.put("ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", 5));
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/SearchForVideos",
                LegacyApi.envelope(token, "v1", "SearchForVideosRequestBody", byId))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("SearchForVideosResult.Videos[0].AssetId", equalTo(id)));
    }

    @Test
    void aFormatNarrowsTheSearchAndBothFormatsDoNot() {
        long all = ok(body("city", List.of("Creative"), 1, 1)).getLong("SearchForVideosResult.ItemTotalCount");
        Map<String, Object> hd = body("city", List.of("Creative"), 1, 1);
        filter(hd, "Formats", List.of("HD"));
        long hdOnly = ok(hd).getLong("SearchForVideosResult.ItemTotalCount");
        Map<String, Object> both = body("city", List.of("Creative"), 1, 1);
        filter(both, "Formats", List.of("HD", "SD"));
        assertThat(hdOnly).isPositive().isLessThan(all);
        assertThat(ok(both).getLong("SearchForVideosResult.ItemTotalCount")).isEqualTo(all);
        Map<String, Object> raw = body("city", List.of("Editorial"), 1, 1);
        filter(raw, "ClipType", "Documentary");
        search(token, raw).body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }

    /** Adds a Filter member to a body built by {@link #body}. */
    @SuppressWarnings("unchecked")
    private static void filter(Map<String, Object> body, String member, Object value) {
        ((Map<String, Object>) body.get("Filter")).put(member, value);
    }
}
