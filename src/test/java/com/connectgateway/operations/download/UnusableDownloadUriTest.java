package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A v3 download uri that is not an absolute http(s) URL never becomes a client's UrlAttachment. */
@QuarkusTest
class UnusableDownloadUriTest {

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "data:text/html,hi", "/relative/file.jpg", "http://exa mple.com/f", "https:///no-host" })
    void unusableUriIsFailedToGetDownloadUrl(String uri) {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        String downloadToken = Downloads.largestToken(token, Downloads.creativeImage(token, Downloads::downloadable));
        Faults.rule(Map.of("path", "/sandbox/v3/downloads/", "status", 200, "body", "{\"uri\":\"" + uri + "\"}",
                "headers", Map.of("Content-Type", "application/json")));

        create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("FailedToGetDownloadUrl")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("FailedToGetDownloadUrl")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment", nullValue()));
    }

    @Test
    void plainHttpUriStillPassesThrough() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        String downloadToken = Downloads.largestToken(token, Downloads.creativeImage(token, Downloads::downloadable));
        Faults.rule(Map.of("path", "/sandbox/v3/downloads/", "status", 200, "body", "{\"uri\":\"http://delivery.example/f.jpg?sig=1\"}",
                "headers", Map.of("Content-Type", "application/json")));

        create(LegacyApi.overHttps(), (String) session.get("SecureToken"), List.of(downloadToken))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment", equalTo("http://delivery.example/f.jpg?sig=1")));
    }
}
