package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code gateway.download.legacy-http-delivery-urls=true}: UrlAttachment in the legacy http form,
 * for clients (the WordPress plugin) that accept only {@code http://delivery.gettyimages.com/}.
 */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class LegacyDeliveryUrlTest {

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    @Test
    void httpsDeliveryUrlsAreHandedOutAsHttp() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        String downloadToken = Downloads.largestToken(token, Downloads.creativeImage(token, Downloads::downloadable));
        Faults.rule(Map.of("path", "/sandbox/v3/downloads/", "status", 200,
                "body", "{\"uri\":\"https://delivery.gettyimages.com/xa/100.jpg?k=signed\"}",
                "headers", Map.of("Content-Type", "application/json")));
        create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment",
                        equalTo("http://delivery.gettyimages.com/xa/100.jpg?k=signed")));
    }
}
