package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxDownloadsTest.DOWNLOADS;
import static com.connectgateway.sandbox.SandboxDownloadsTest.creative;
import static com.connectgateway.sandbox.SandboxDownloadsTest.editorial;
import static com.connectgateway.sandbox.SandboxDownloadsTest.id;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/products} and the download allowances behind it. */
@QuarkusTest
class SandboxProductsTest {

    private static final String PRODUCTS = "/sandbox/v3/products";

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void productsNeedAToken() {
        v3().get(PRODUCTS).then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired"))).body(at("ErrorMessage", not(emptyString())));
        v3("forged-token").get(PRODUCTS).then().statusCode(401);
    }

    @Test
    void aTokenWithoutAUserHasNoProducts() {
        v3(SandboxV3.applicationToken()).get(PRODUCTS).then().statusCode(200).body(at("products", equalTo(List.of())));
    }

    @Test
    void theUserHoldsFiveProducts() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        List<Map<String, Object>> products = products();
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(products).extracting(p -> p.get("id")).containsExactly(1234, 2345, 3456, 4567, 5678);
        assertThat(products).extracting(p -> p.get("type")).containsExactly("premiumaccess",
                "royaltyfreesubscription", "editorialsubscription", "easyaccess", "imagepack");
        assertThat(products).extracting(p -> p.get("download_limit")).containsExactly(100, 50, null, null, 10);
        assertThat(products).extracting(p -> p.get("downloads_remaining")).containsExactly(100, 50, null, null, 10);
        for (Map<String, Object> product : products) {
            assertThat(product).containsOnlyKeys("id", "type", "name", "status", "download_limit",
                    "downloads_remaining", "download_limit_duration", "download_limit_reset_utc_date",
                    "expiration_utc_date", "application_website", "agreement_name");
            assertThat(product).containsEntry("application_website", "www.example.com");
            assertThat(Instant.parse((String) product.get("expiration_utc_date")))
                    .isIn(firstOfNextYear(before), firstOfNextYear(after));
            assertThat(product).containsEntry("status", "active");
            assertThat((String) product.get("name")).isNotBlank();
            assertThat((String) product.get("agreement_name")).isNotBlank();
            if (product.get("download_limit") == null) {
                assertThat(product).containsEntry("download_limit_duration", null)
                        .containsEntry("download_limit_reset_utc_date", null);
                continue;
            }
            assertThat(product).containsEntry("download_limit_duration", "monthly");
            Instant reset = Instant.parse((String) product.get("download_limit_reset_utc_date"));
            assertThat(reset).isIn(firstOfNextMonth(before), firstOfNextMonth(after));
        }
    }

    @Test
    void downloadRequirementsOnRequest() {
        List<Map<String, Object>> products = v3(user).queryParam("fields", "download_requirements").get(PRODUCTS)
                .then().statusCode(200).extract().as(JsonBody.class).getList("products");
        assertThat(products).hasSize(5).allSatisfy(product -> assertThat(product.get("download_requirements"))
                .isEqualTo(Map.of("is_note_required", false, "is_project_code_required", false,
                        "project_codes", List.of())));
        v3(user).queryParam("fields", "overage").get(PRODUCTS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidRequestParameters")));
        v3(user).queryParam("product_status", "all").get(PRODUCTS).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidRequestParameters")));
    }

    @Test
    void aDownloadTakesOneFromTheLimitedProductItUsed() {
        String creative = id(creative());
        download(creative, Map.of()).then().statusCode(200); // the image's first product type: premiumaccess
        assertThat(remaining()).containsEntry(1234, 99).containsEntry(2345, 50);
        download(creative, Map.of("product_type", "royaltyfreesubscription")).then().statusCode(200);
        v3(user).redirects().follow(false).post(DOWNLOADS + creative).then().statusCode(303);
        assertThat(remaining()).containsEntry(1234, 98).containsEntry(2345, 49);

        download(id(editorial()), Map.of("product_type", "editorialsubscription")).then().statusCode(200);
        assertThat(remaining()).containsEntry(3456, null);
    }

    @Test
    void refusedDownloadsTakeNothing() {
        String creative = id(creative());
        download(creative, Map.of("height", "7")).then().statusCode(404);
        download(creative, Map.of("file_type", "eps")).then().statusCode(400);
        download(creative, Map.of("product_type", "imagepack")).then().statusCode(403);
        v3(SandboxV3.applicationToken()).post(DOWNLOADS + creative).then().statusCode(403);
        assertThat(remaining()).containsEntry(1234, 100).containsEntry(2345, 50).containsEntry(5678, 10);
    }

    @Test
    void atZeroTheProductIsOverItsLimit() {
        String creative = id(creative());
        setRemaining("1234", 1).then().statusCode(200).body(at("downloadsRemaining", equalTo(1)));
        download(creative, Map.of("product_type", "premiumaccess")).then().statusCode(200);
        assertThat(remaining()).containsEntry(1234, 0);
        download(creative, Map.of("product_type", "premiumaccess")).then().statusCode(403)
                .body(at("ErrorCode", equalTo("OverageLimitReached"))).body(at("ErrorMessage", not(emptyString())));
        v3(user).post(DOWNLOADS + creative).then().statusCode(403).body(at("ErrorCode", equalTo("OverageLimitReached")));
        assertThat(remaining()).containsEntry(1234, 0);
        // Another product of the same image still downloads.
        download(creative, Map.of("product_type", "royaltyfreesubscription")).then().statusCode(200);
    }

    @Test
    void anUnlimitedProductCanBeGivenACountToo() {
        setRemaining("3456", 0).then().statusCode(200);
        download(id(editorial()), Map.of("product_type", "editorialsubscription")).then().statusCode(403)
                .body(at("ErrorCode", equalTo("OverageLimitReached")));
    }

    @Test
    void resetRestoresEveryAllowance() {
        setRemaining("1234", 0).then().statusCode(200);
        setRemaining("5678", 3).then().statusCode(200);
        download(id(creative()), Map.of("product_type", "royaltyfreesubscription")).then().statusCode(200);
        assertThat(remaining()).containsEntry(1234, 0).containsEntry(2345, 49).containsEntry(5678, 3);
        SandboxV3.reset();
        assertThat(remaining()).containsEntry(1234, 100).containsEntry(2345, 50).containsEntry(3456, null)
                .containsEntry(4567, null).containsEntry(5678, 10);
    }

    @Test
    void settingACountChecksProductAndNumber() {
        setRemaining("9999", 5).then().statusCode(404);
        setRemaining("1234", -1).then().statusCode(400);
        given().port(SandboxV3.port()).contentType("application/json").body("{}")
                .put("/sandbox/control/products/1234").then().statusCode(400);
        assertThat(remaining()).containsEntry(1234, 100);
    }

    private Response download(String imageId, Map<String, String> query) {
        return v3(user).queryParam("auto_download", "false").queryParams(query).post(DOWNLOADS + imageId);
    }

    private List<Map<String, Object>> products() {
        return v3(user).get(PRODUCTS).then().statusCode(200).extract().as(JsonBody.class).getList("products");
    }

    /** downloads_remaining by product id; a HashMap because unlimited products map to null. */
    private Map<Integer, Integer> remaining() {
        Map<Integer, Integer> remaining = new HashMap<>();
        products().forEach(p -> remaining.put((Integer) p.get("id"), (Integer) p.get("downloads_remaining")));
        return remaining;
    }

    private static Response setRemaining(String productId, int count) {
        return given().port(SandboxV3.port()).contentType("application/json")
                .body(Map.of("downloadsRemaining", count)).put("/sandbox/control/products/" + productId);
    }

    private static Instant firstOfNextYear(LocalDate day) {
        return day.withDayOfYear(1).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant firstOfNextMonth(LocalDate day) {
        return day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
