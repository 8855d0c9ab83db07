package com.connectgateway.operations.lightbox;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.Lightboxes.call;
import static com.connectgateway.support.Lightboxes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.profiles.ShortUpstreamPolicies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lightbox changes are sent once: one that v3 does not answer within the (shortened) write timeout
 * is reported as possibly made, and v3 sees exactly one request for it.
 */
@QuarkusTest
@TestProfile(ShortUpstreamPolicies.class)
class LightboxWritesTest {

    private String token;
    private int lightboxId;
    private String boardPath;

    @BeforeEach
    void lightbox() {
        Breakers.resetAll();
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
        lightboxId = ((Number) ok(token, "CreateLightbox", Map.of("LightboxName", "Slow")).get("CreateLightboxResult.LightboxId"))
                .intValue();
        Faults.clear();
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private List<Map<String, Object>> hits(String method, String prefix) {
        return Faults.hits(prefix).stream().filter(hit -> method.equals(hit.get("method"))).toList();
    }

    @Test
    void anUnansweredItemAdditionIsReportedAsPossiblyMadeAndSentOnce() {
        Faults.rule(Map.of("path", "/sandbox/v3/boards/", "method", "PUT", "delayMillis", 3000, "status", 201,
                "body", "{\"assets_added\":[],\"assets_not_added\":[]}"));
        call(token, "CreateLightboxItems", Map.of("LightboxId", lightboxId, "AssetIds", List.of("1", "2")))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")))
                .body(at("ResponseHeader.StatusList[0].Message", startsWith(
                        "The image service did not answer in time; the lightbox change may or may not have been made.")));
        assertThat(hits("PUT", "/sandbox/v3/boards/")).hasSize(1);
    }

    @Test
    void aRefusedCreationIsNotRetried() {
        Faults.rule(Map.of("path", "/sandbox/v3/boards", "method", "POST", "status", 503));
        call(token, "CreateLightbox", Map.of("LightboxName", "Again"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DependentServiceDown")));
        assertThat(hits("POST", "/sandbox/v3/boards")).hasSize(1);
    }
}
