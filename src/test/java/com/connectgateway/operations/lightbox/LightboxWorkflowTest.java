package com.connectgateway.operations.lightbox;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.Lightboxes.call;
import static com.connectgateway.support.Lightboxes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A legacy client's whole lightbox workflow through the gateway and the sandbox's v3 boards:
 * create, add images found by SearchForImages, list, read in paging windows, rename, remove
 * items, delete, and the deleted lightbox is gone.
 */
@QuarkusTest
class LightboxWorkflowTest {

    private String token;

    @BeforeEach
    void session() {
        Sandbox.reset();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private List<String> dogImages(int count) {
        JsonBody found = SearchRequests.searchOk(token, SearchRequests.creative(phrase(SearchRequests.body(1, count), "dog")));
        return found.getList("SearchForImagesResult.Images.ImageId");
    }

    private static Map<String, Object> phrase(Map<String, Object> body, String phrase) {
        SearchRequests.part(body, "Query").put("SearchPhrase", phrase);
        return body;
    }

    static Map<String, Object> window(int start, int count) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("ItemStartNumber", start);
        options.put("ItemCount", count);
        return options;
    }

    static Map<String, Object> items(int lightboxId, int start, int count, Boolean maxSize) {
        Map<String, Object> options = window(start, count);
        if (maxSize != null) {
            options.put("IncludeMaxSizePerLightboxItem", maxSize);
        }
        return Map.of("LightboxId", lightboxId, "LightboxItemsViewOptions", options);
    }

    @Test
    void createFillListReadRenameEmptyAndDelete() {
        List<String> images = dogImages(5);
        assertThat(images).hasSize(5);

        JsonBody created = ok(token, "CreateLightbox", Map.of("LightboxName", "Dogs", "Notes", "for the brochure"));
        assertThat(created.getString("ResponseHeader.Status")).isEqualTo("success");
        assertThat(created.getString("ResponseHeader.CoordinationId")).isEqualTo("lb-CreateLightbox");
        assertThat((Object) created.get("CreateLightboxResult.LightboxId")).isInstanceOf(Integer.class);
        int id = ((Number) created.get("CreateLightboxResult.LightboxId")).intValue();
        assertThat(id).isPositive();

        List<String> withUnknown = new ArrayList<>(images);
        withUnknown.add("999999999");
        call(token, "CreateLightboxItems", Map.of("LightboxId", id, "AssetIds", withUnknown))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AssetNotAvailable")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo("Asset 999999999 was not added to the lightbox.")))
                .body(at("CreateLightboxItemsResult", nullValue()));

        JsonBody headers = ok(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 10)));
        assertThat(headers.getString("ResponseHeader.Status")).isEqualTo("success");
        List<Map<String, Object>> all = headers.getList("GetLightboxHeadersResult.LightboxHeaders");
        assertThat(headers.getLong("GetLightboxHeadersResult.TotalLightboxHeaderCount")).isEqualTo(all.size());
        Map<String, Object> mine = all.stream().filter(h -> h.get("LightboxId").equals(Integer.toString(id))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("LightboxName", "Dogs").containsEntry("Notes", "for the brochure")
                .containsEntry("LightboxItemCount", "5").containsEntry("IsShared", false)
                .containsEntry("ClientName", null).containsEntry("ProjectName", null).containsEntry("LightboxUrl", null);
        assertThat((String) mine.get("DateCreated")).matches("/Date\\(\\d+[+-]\\d{4}\\)/");
        assertThat(all).anySatisfy(h -> assertThat(h.get("IsShared")).isEqualTo(true)); // the board shared with the user

        // Paging windows of two: no overlap, no gap, positions as on the board.
        List<String> read = new ArrayList<>();
        for (int start = 1; start <= 5; start += 2) {
            JsonBody page = ok(token, "GetLightbox", items(id, start, 2, null));
            assertThat(page.getString("ResponseHeader.Status")).isEqualTo("success");
            List<Map<String, Object>> got = page.getList("GetLightboxResult.Lightbox.LightboxItems");
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i).get("ItemPosition")).isEqualTo(start + i);
                assertThat(got.get(i)).doesNotContainKeys("MaxWidthAvailable", "MaxHeightAvailable")
                        .containsEntry("Comment", null).containsEntry("LightboxItemId", null);
                assertThat((String) got.get(i).get("Title")).isNotBlank();
                assertThat((String) JsonBody.read(got.get(i), "Urls.Thumb")).startsWith("http");
                read.add((String) got.get(i).get("AssetId"));
            }
            assertThat(page.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxId")).isEqualTo(Integer.toString(id));
            assertThat(page.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxUrl")).startsWith("http");
        }
        assertThat(read).isEqualTo(images);

        JsonBody sized = ok(token, "GetLightbox", items(id, 1, 5, true));
        assertThat(sized.getList("GetLightboxResult.Lightbox.LightboxItems")).allSatisfy(item -> {
            assertThat(((Map<?, ?>) item).get("MaxWidthAvailable")).isInstanceOf(Integer.class);
            assertThat(((Map<?, ?>) item).get("MaxHeightAvailable")).isInstanceOf(Integer.class);
        });

        call(token, "UpdateLightboxHeader", Map.of("LightboxId", id, "LightboxName", "Dogs, shortlisted"))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("UpdateLightboxHeaderResult", nullValue()));
        JsonBody renamed = ok(token, "GetLightbox", items(id, 1, 10, null));
        assertThat(renamed.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxName")).isEqualTo("Dogs, shortlisted");
        assertThat(renamed.getString("GetLightboxResult.Lightbox.LightboxHeader.Notes")).isEqualTo("for the brochure");

        call(token, "DeleteLightboxItems", Map.of("LightboxId", id, "AssetIds", images.subList(0, 2)))
                .body(at("ResponseHeader.Status", equalTo("success")));
        JsonBody emptied = ok(token, "GetLightbox", items(id, 1, 10, null));
        assertThat(emptied.getList("GetLightboxResult.Lightbox.LightboxItems.AssetId")).isEqualTo(images.subList(2, 5));
        assertThat(emptied.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxItemCount")).isEqualTo("3");

        call(token, "DeleteLightbox", Map.of("LightboxId", id)).body(at("ResponseHeader.Status", equalTo("success")));
        call(token, "GetLightbox", items(id, 1, 10, null))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("LightboxIdDoesNotExist")))
                .body(at("GetLightboxResult", nullValue()));
        assertThat(ok(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 10)))
                .getList("GetLightboxHeadersResult.LightboxHeaders.LightboxId")).doesNotContain(Integer.toString(id));
    }

    @Test
    void headersArePagedLikeSearchResults() {
        for (int i = 1; i <= 4; i++) {
            ok(token, "CreateLightbox", Map.of("LightboxName", "Box " + i));
        }
        List<Object> whole = ok(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 20)))
                .getList("GetLightboxHeadersResult.LightboxHeaders.LightboxId");
        assertThat(whole).hasSize(5).doesNotHaveDuplicates(); // four and the shared one
        List<Object> paged = new ArrayList<>();
        for (int start = 1; start <= 5; start += 3) {
            JsonBody page = ok(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(start, 3)));
            assertThat(page.getLong("GetLightboxHeadersResult.TotalLightboxHeaderCount")).isEqualTo(5);
            paged.addAll(page.getList("GetLightboxHeadersResult.LightboxHeaders.LightboxId"));
        }
        assertThat(paged).isEqualTo(whole);
        call(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(6, 3)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("StartPastTotal")));
    }

    @Test
    void aSharedLightboxCanBeReadButOnlyItsOwnerMayChangeIt() {
        JsonBody headers = ok(token, "GetLightboxHeaders", Map.of("ResultsViewOptions", window(1, 10)));
        List<Map<String, Object>> shared = headers.getList("GetLightboxHeadersResult.LightboxHeaders");
        int id = Integer.parseInt((String) shared.stream().filter(h -> Boolean.TRUE.equals(h.get("IsShared"))).findFirst()
                .orElseThrow().get("LightboxId"));
        assertThat(ok(token, "GetLightbox", items(id, 1, 10, null)).getList("GetLightboxResult.Lightbox.LightboxItems"))
                .isNotEmpty();
        call(token, "UpdateLightboxHeader", Map.of("LightboxId", id, "LightboxName", "Mine now"))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationValidOnlyForLightboxOwner")));
        call(token, "DeleteLightbox", Map.of("LightboxId", id))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationValidOnlyForLightboxOwner")));
        call(token, "CreateSharedLightbox", Map.of("LightboxId", id))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationValidOnlyForLightboxOwner")));
    }

    @Test
    void theV1PathsServeTheSameOperations() {
        JsonBody created = LegacyApi.post(LegacyApi.overHttp(), "/v1/lightbox/CreateLightbox",
                LegacyApi.envelope(token, "v1", "CreateLightboxRequestBody", Map.of("LightboxName", "Old client"))).extract()
                .as(JsonBody.class);
        int id = ((Number) created.get("CreateLightboxResult.LightboxId")).intValue();
        LegacyApi.post(LegacyApi.overHttp(), "/v1/lightbox/getlightbox",
                LegacyApi.envelope(token, "v1", "GetLightboxRequestBody", items(id, 1, 5, null)))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetLightboxResult.Lightbox.LightboxHeader.LightboxName", equalTo("Old client")));
    }

    @Test
    void createSharedLightboxIsRetiredWithACleanAnswer() {
        int id = ((Number) ok(token, "CreateLightbox", Map.of("LightboxName", "To share")).get("CreateLightboxResult.LightboxId"))
                .intValue();
        call(token, "CreateSharedLightbox", Map.of("LightboxId", id))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo(CreateSharedLightboxOperation.RETIRED)))
                .body(at("CreateSharedLightboxResult", nullValue()));
    }

    @Test
    void membersABoardCannotKeepAreReportedNotDropped() {
        call(token, "CreateLightbox", Map.of("LightboxName", "Client work", "ClientName", "ACME", "ProjectName", "Spring"))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList.Type", hasItem("Information")))
                .body(at("ResponseHeader.StatusList[0].Message", equalTo(
                        "ClientName has no place on a v3 board and was not kept (GetLightbox answers it as null).")))
                .body(at("ResponseHeader.StatusList[1].Message", equalTo(
                        "ProjectName has no place on a v3 board and was not kept (GetLightbox answers it as null).")));
    }
}
