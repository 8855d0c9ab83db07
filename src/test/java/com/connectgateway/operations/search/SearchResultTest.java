package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static com.connectgateway.support.SearchRequests.searchOk;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What SearchForImages answers: legacy image entries filled from the sandbox catalog. */
@QuarkusTest
class SearchResultTest {

    private String userToken;

    @BeforeEach
    void session() {
        userToken = (String) LegacyApi.createUserSession().get("Token");
    }

    @Test
    void everyImageHasEveryLegacyMember() throws Exception {
        Set<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/golden/search-minimal.legacy.json")) {
            JsonNode golden = new ObjectMapper().readTree(in);
            expected = new TreeSet<>();
            golden.fieldNames().forEachRemaining(expected::add);
        }
        List<Map<String, Object>> images = searchOk(userToken, body(1, 50)).getList("SearchForImagesResult.Images");
        assertThat(images).hasSize(50);
        for (Map<String, Object> image : images) {
            assertThat(new TreeSet<>(image.keySet())).isEqualTo(expected);
        }
    }

    /** Real v3 watermarks comp and preview: UrlPreview and UrlComp must still be filled, in both families. */
    @Test
    void previewAndCompAreNeverNullWhileV3GivesThem() {
        for (Map<String, Object> family : List.of(creative(body(1, 30)), editorial(body(1, 30)))) {
            List<Map<String, Object>> images = searchOk(userToken, family).getList("SearchForImagesResult.Images");
            assertThat(images).isNotEmpty().allSatisfy(image -> {
                assertThat(image.get("UrlPreview")).isNotNull();
                assertThat(image.get("UrlComp")).isNotNull();
                assertThat(image.get("UrlThumb")).isNotNull();
            });
        }
    }

    /** A key entitled to clean comps: UrlComp is the clean copy, UrlWatermarkComp stays null. */
    @Test
    void cleanCompsGoToUrlCompOnly() {
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body(Map.of("unwatermarkedComps", true))
                .put("/sandbox/control/comp-entitlement").then().statusCode(200);
        try {
            List<Map<String, Object>> images = searchOk(userToken, creative(body(1, 10))).getList("SearchForImagesResult.Images");
            assertThat(images).isNotEmpty().allSatisfy(image -> {
                assertThat((String) image.get("UrlComp")).contains("comp-unwatermarked");
                assertThat(image.get("UrlWatermarkComp")).isNull();
                assertThat(image.get("UrlPreview")).isNotNull().isEqualTo(image.get("UrlWatermarkPreview"));
            });
        } finally {
            Sandbox.reset();
        }
    }

    @Test
    void datesAreLegacyDatesWithASignedOffset() {
        String raw = search(userToken, editorial(body(1, 10))).extract().asString();
        assertThat(raw).containsPattern("\"DateCreated\":\"\\\\/Date\\(-?\\d+[+-]\\d{4}\\)\\\\/\"");
        assertThat(raw).containsPattern("\"DateSubmitted\":\"\\\\/Date\\(-?\\d+-0[78]00\\)\\\\/\"");
    }

    @Test
    void keywordsOnlyWhenAsked() {
        Map<String, Object> body = creative(body(1, 5));
        List<List<?>> none = searchOk(userToken, body).getList("SearchForImagesResult.Images.Keywords");
        assertThat(none).hasSize(5).allMatch(List::isEmpty);
        part(body, "ResultOptions").put("IncludeKeywords", true);
        JsonBody withKeywords = searchOk(userToken, body);
        assertThat(withKeywords.getList("SearchForImagesResult.Images[0].Keywords")).isNotEmpty();
        assertThat(withKeywords.getString("SearchForImagesResult.Images[0].Keywords[0].Type")).isNotBlank();
        assertThat(withKeywords.getMap("SearchForImagesResult.Images[0].Keywords[0]")).containsKey("VisualProminence");
    }

    @Test
    void productOfferingsForUsersOnly() {
        List<List<String>> user = searchOk(userToken, creative(body(1, 30)))
                .getList("SearchForImagesResult.Images.ApplicableProductOfferings");
        assertThat(user).anyMatch(offerings -> !offerings.isEmpty());
        String anonymous = (String) LegacyApi.createApplicationSession().get("Token");
        List<List<String>> none = searchOk(anonymous, creative(body(1, 30)))
                .getList("SearchForImagesResult.Images.ApplicableProductOfferings");
        assertThat(none).allMatch(List::isEmpty);
    }

    @Test
    void noMatchIsAWarningWithAnEmptyList() {
        Map<String, Object> body = body(1, 10);
        part(body, "Query").put("SearchPhrase", "qqqxyzzy nothing matches this");
        search(userToken, body)
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoImages")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Warning")))
                .body(at("SearchForImagesResult.Images", hasSize(0)))
                .body(at("SearchForImagesResult.ItemTotalCount", equalTo(0)))
                .body(at("SearchForImagesResult.ItemCount", equalTo(0)));
    }

    @Test
    void unicodePhrases() {
        for (String phrase : List.of("Zürich", "東京タワー", "São Paulo", "café")) {
            Map<String, Object> body = body(1, 10);
            part(body, "Query").put("SearchPhrase", phrase);
            List<String> titles = searchOk(userToken, body).getList("SearchForImagesResult.Images.Title", String.class);
            assertThat(titles).as(phrase).isNotEmpty();
        }
    }

    @Test
    void displayUrlsServeImageBytes() {
        String thumb = searchOk(userToken, creative(body(1, 1))).getString("SearchForImagesResult.Images[0].UrlThumb");
        byte[] png = given().get(thumb).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    /** A watermarked copy fills its UrlWatermark* member, and the plain one when v3 has no clean copy. */
    @Test
    void watermarkedCopiesFillTheWatermarkMembers() {
        List<Map<String, Object>> images = searchOk(userToken, creative(body(1, 20))).getList("SearchForImagesResult.Images");
        assertThat(images).anyMatch(image -> image.get("UrlWatermarkPreview") != null);
        assertThat(images).allSatisfy(image -> {
            if (image.get("UrlWatermarkPreview") != null) {
                assertThat(image.get("UrlPreview")).isNotNull();
            }
            if (image.get("UrlWatermarkComp") != null) {
                assertThat(image.get("UrlComp")).isNotNull();
            }
        });
    }

    @Test
    void v1PathWithTheV1BodyName() {
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/SearchForImages",
                LegacyApi.envelope(userToken, "v1", "SearchForImages2RequestBody", creative(body(1, 3))))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", equalTo("v1")))
                .body(at("SearchForImagesResult.Images", hasSize(3)));
    }

    @Test
    void secureTokenOverHttpsAndNoTokenAtAll() {
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        LegacyApi.post(LegacyApi.overHttps(), "/v2/search/SearchForImages",
                LegacyApi.envelope(secure, null, "SearchForImagesRequestBody", creative(body(1, 2))))
                .body(at("ResponseHeader.Status", equalTo("success")));
        search(null, creative(body(1, 2))).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
    }
}
