package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A DownloadToken repeated in one CreateDownloadRequest costs one v3 download, answered for every copy. */
@QuarkusTest
class DuplicateDownloadTokensTest {

    private String token;
    private String secureToken;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
    }

    @Test
    void oneHundredFiftyCopiesMakeOneV3Download() {
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        String downloadToken = Downloads.largestToken(token, imageId);

        JsonBody answer = create(LegacyApi.overHttps(), secureToken, Collections.nCopies(150, downloadToken))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls", hasSize(150)))
                .body(at("CreateDownloadRequestResult.DownloadUrls.Status", everyItem(equalTo("Success"))))
                .body(at("CreateDownloadRequestResult.DownloadUrls.ImageId", everyItem(equalTo(imageId))))
                .extract().as(JsonBody.class);
        assertThat(answer.getList("CreateDownloadRequestResult.DownloadUrls.UrlAttachment", String.class))
                .hasSize(150).doesNotContainNull().containsOnly(answer.getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment"));
        assertThat(Downloads.v3Downloads().getList("$")).hasSize(1);
    }

    @Test
    void interleavedCopiesAreAnsweredInItemOrderFromTheirFirstResult() {
        String first = Downloads.creativeImage(token, Downloads::downloadable);
        String second = Downloads.creativeImage(token, image -> Downloads.downloadable(image) && !first.equals(image.get("ImageId")));
        String a = Downloads.largestToken(token, first);
        String b = Downloads.largestToken(token, second);

        create(LegacyApi.overHttps(), secureToken, List.of(a, b, "garbage", a, "garbage", b, a))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("CreateDownloadRequestResult.DownloadUrls.ImageId", contains(first, second, null, first, null, second, first)))
                .body(at("CreateDownloadRequestResult.DownloadUrls.Status",
                        contains("Success", "Success", "InvalidToken", "Success", "InvalidToken", "Success", "Success")))
                // One header entry per failed item, the repeated one included.
                .body(at("ResponseHeader.StatusList.Code", contains("InvalidDownloadToken", "InvalidDownloadToken")));
        assertThat(Downloads.v3Downloads().getList("$")).hasSize(2);
    }
}
