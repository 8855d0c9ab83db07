package com.connectgateway.operations.lightbox;

import static com.connectgateway.operations.lightbox.LightboxWorkflowTest.items;
import static com.connectgateway.operations.lightbox.LightboxWorkflowTest.window;
import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.Lightboxes.call;
import static com.connectgateway.support.Lightboxes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.Faults;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented validation code of the lightbox operations, and the application-session refusal. */
@QuarkusTest
class LightboxValidationTest {

    private static final String BOARDS = "/sandbox/v3/boards";

    private String token;

    @BeforeEach
    void session() {
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private void refused(String operation, Map<String, ?> body, String code) {
        call(token, operation, body)
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)));
    }

    private int newLightbox() {
        return ((Number) ok(token, "CreateLightbox", Map.of("LightboxName", "Checks")).get("CreateLightboxResult.LightboxId")).intValue();
    }

    @Test
    void lightboxNamesMustHaveText() {
        refused("CreateLightbox", Map.of("Notes", "no name"), "InvalidLightboxName");
        refused("CreateLightbox", Map.of("LightboxName", "  "), "InvalidLightboxName");
        refused("UpdateLightboxHeader", Map.of("LightboxId", newLightbox(), "LightboxName", ""), "InvalidLightboxName");
        Faults.clear();
        refused("UpdateLightboxHeader", Map.of("LightboxId", 1, "LightboxName", ""), "InvalidLightboxName");
        assertThat(Faults.hits(BOARDS)).isEmpty(); // refused before any v3 call
    }

    @Test
    void windowsFollowTheSearchRule() {
        int id = newLightbox();
        refused("GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 0)), "InvalidItemCount");
        refused("GetLightboxHeaders", Map.of(), "InvalidItemCount");
        refused("GetLightboxHeaders", Map.of("ResultsViewOptions", window(0, 5)), "InvalidItemStartNumber");
        refused("GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 101)), "MaxExceeded");
        refused("GetLightboxHeaders", Map.of("ResultsViewOptions", window(3, 5)), "StartPastTotal"); // two lightboxes
        refused("GetLightbox", items(id, 1, 0, null), "InvalidItemCount");
        refused("GetLightbox", items(id, -1, 5, null), "InvalidItemStartNumber");
        refused("GetLightbox", items(id, 1, 101, null), "MaxExceeded");
        // An empty lightbox answers an empty list, whatever the start.
        assertThat(ok(token, "GetLightbox", items(id, 4, 5, null)).getList("GetLightboxResult.Lightbox.LightboxItems")).isEmpty();
    }

    @Test
    void unknownAndMissingLightboxIds() {
        refused("GetLightbox", Map.of("LightboxItemsViewOptions", window(1, 5)), "InvalidRequest");
        refused("GetLightbox", items(12345, 1, 5, null), "LightboxIdDoesNotExist");
        refused("GetLightbox", items(0, 1, 5, null), "LightboxIdDoesNotExist");
        refused("DeleteLightbox", Map.of("LightboxId", 12345), "LightboxIdDoesNotExist");
        refused("UpdateLightboxHeader", Map.of("LightboxId", 12345, "LightboxName", "x"), "LightboxIdDoesNotExist");
        refused("CreateLightboxItems", Map.of("LightboxId", 12345, "AssetIds", List.of("1")), "LightboxIdDoesNotExist");
        refused("DeleteLightboxItems", Map.of("LightboxId", 12345, "AssetIds", List.of("1")), "LightboxIdDoesNotExist");
        refused("CreateSharedLightbox", Map.of("LightboxId", 12345), "LightboxIdDoesNotExist");
        call(token, "GetLightbox", Map.of("LightboxId", "not a number", "LightboxItemsViewOptions", window(1, 5)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }

    @Test
    void assetIdListsAreChecked() {
        int id = newLightbox();
        refused("CreateLightboxItems", Map.of("LightboxId", id, "AssetIds", List.of()), "InvalidAssets");
        refused("CreateLightboxItems", Map.of("LightboxId", id), "InvalidAssets");
        refused("CreateLightboxItems", Map.of("LightboxId", id, "AssetIds", List.of("x".repeat(33))), "InvalidAssets");
        refused("DeleteLightboxItems", Map.of("LightboxId", id, "AssetIds", List.of(" ")), "InvalidAssets");
        List<String> tooMany = IntStream.rangeClosed(1, 501).mapToObj(Integer::toString).toList();
        refused("CreateLightboxItems", Map.of("LightboxId", id, "AssetIds", tooMany), "AssetIdListExceedsMaxAllowed");
        // None added: an error per asset.
        call(token, "CreateLightboxItems", Map.of("LightboxId", id, "AssetIds", List.of("999999991", "999999992")))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList.Code", equalTo(List.of("AssetNotAvailable", "AssetNotAvailable"))));
    }

    @Test
    void aUserWithoutBoardsGetsLightboxesNotFound() {
        Faults.rule(Map.of("path", BOARDS, "method", "GET", "status", 200, "body", "{\"boards\":[],\"board_count\":0}"));
        call(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 10)))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("LightboxesNotFound")))
                .body(at("GetLightboxHeadersResult.LightboxHeaders", equalTo(List.of())))
                .body(at("GetLightboxHeadersResult.TotalLightboxHeaderCount", equalTo(0)));
    }

    @Test
    void applicationSessionsHaveNoLightboxes() {
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        Map<String, Map<String, ?>> calls = new HashMap<>();
        calls.put("CreateLightbox", Map.of("LightboxName", "x"));
        calls.put("GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 5)));
        calls.put("GetLightbox", items(1, 1, 5, null));
        calls.put("UpdateLightboxHeader", Map.of("LightboxId", 1, "LightboxName", "x"));
        calls.put("DeleteLightbox", Map.of("LightboxId", 1));
        calls.put("CreateLightboxItems", Map.of("LightboxId", 1, "AssetIds", List.of("1")));
        calls.put("DeleteLightboxItems", Map.of("LightboxId", 1, "AssetIds", List.of("1")));
        calls.put("CreateSharedLightbox", Map.of("LightboxId", 1));
        Faults.clear();
        calls.forEach((operation, body) -> call(application, operation, body)
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-021")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo(LightboxFailures.USER_SESSION_REQUIRED))));
        assertThat(Faults.hits(BOARDS)).isEqualTo(Collections.emptyList());
    }
}
