package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A DownloadToken stops working after its configured lifetime. */
@QuarkusTest
@TestProfile(DownloadTokenExpiryTest.ShortTokens.class)
class DownloadTokenExpiryTest {

    public static class ShortTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.download.token-expiry", "1S",
                    "gateway.download.token-key", "c2FuZGJveC10ZXN0LWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==");
        }
    }

    @Test
    void expiredTokenIsRefused() {
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        String downloadToken = Downloads.largestToken(token, imageId);
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                        .body("ResponseHeader.StatusList[0].Code", equalTo("ExpiredDownloadToken"))
                        .body("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("ExpiredToken"))
                        // An expired token still names its image and size: clients index by ImageId.
                        .body("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(imageId))
                        .body("CreateDownloadRequestResult.DownloadUrls[0].SizeName", notNullValue()));
    }
}
