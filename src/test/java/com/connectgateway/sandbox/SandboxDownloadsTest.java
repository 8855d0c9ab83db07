package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxSearchTest.list;
import static com.connectgateway.sandbox.SandboxSearchTest.maps;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v3/downloads/images/{id}}: every refusal in v3's order, the two answers, and the delivery link. */
@QuarkusTest
class SandboxDownloadsTest {

    static final String DOWNLOADS = "/sandbox/v3/downloads/images/";
    private static final String FIELDS = "call_for_image,product_types,graphical_style,download_sizes";
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    /** The catalog never changes while the application runs, so each kind of image is looked up once. */
    private static final Map<String, Map<String, Object>> FOUND = new ConcurrentHashMap<>();

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    /** A creative, non-vector image licensed by premiumaccess and royaltyfreesubscription. */
    static Map<String, Object> creative() {
        return image("creative", image -> types(image).equals(List.of("premiumaccess", "royaltyfreesubscription"))
                && !"vector".equals(image.get("graphical_style")));
    }

    static Map<String, Object> editorial() {
        return image("editorial", image -> types(image).contains("editorialsubscription"));
    }

    static Map<String, Object> vector() {
        return image("vector", image -> "vector".equals(image.get("graphical_style")) && !types(image).isEmpty());
    }

    static Map<String, Object> callForImage() {
        return image("call", image -> Boolean.TRUE.equals(image.get("call_for_image")));
    }

    static Map<String, Object> withoutProducts() {
        return image("none", image -> Boolean.FALSE.equals(image.get("call_for_image")) && types(image).isEmpty());
    }

    static String id(Map<String, Object> image) {
        return (String) image.get("id");
    }

    static List<Integer> heights(Map<String, Object> image) {
        return maps(image, "download_sizes").stream().map(size -> (Integer) size.get("height")).toList();
    }

    private static Map<String, Object> image(String kind, Predicate<Map<String, Object>> wanted) {
        return FOUND.computeIfAbsent(kind, k -> SandboxV3.firstImage(FIELDS, wanted));
    }

    @SuppressWarnings("unchecked")
    private static List<String> types(Map<String, Object> image) {
        return (List<String>) (List<?>) list(image, "product_types");
    }

    @Test
    void withoutOrWithAnInvalidTokenIs401() {
        for (var request : List.of(v3(), v3("forged-token"))) {
            request.post(DOWNLOADS + id(creative())).then().statusCode(401)
                    .header("WWW-Authenticate", notNullValue())
                    .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")))
                    .body(at("ErrorMessage", not(emptyString())));
        }
    }

    @Test
    void aTokenWithoutAUserIs403() {
        v3(SandboxV3.applicationToken()).post(DOWNLOADS + id(creative())).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")))
                .body(at("ErrorMessage", equalTo("Security token must contain a user.")));
    }

    @Test
    void theTokenIsCheckedBeforeTheImage() {
        v3().post(DOWNLOADS + "42").then().statusCode(401);
        v3(SandboxV3.applicationToken()).post(DOWNLOADS + "42").then().statusCode(403);
    }

    @Test
    void anUnknownImageIs404() {
        v3(user).post(DOWNLOADS + "42").then().statusCode(404).body(at("ErrorCode", equalTo("ImageNotFound")));
    }

    @Test
    void aCallForImageImageIs403() {
        v3(user).post(DOWNLOADS + id(callForImage())).then().statusCode(403)
                .body(at("ErrorCode", equalTo("CallForImage")))
                .body(at("ErrorMessage", equalTo("Contact your Getty Images representative to license this image.")));
    }

    @Test
    void aProductTypeThatDoesNotLicenseTheImageIs403() {
        String creative = id(creative());
        assertNoAccess(creative, Map.of("product_type", "editorialsubscription"));
        assertNoAccess(creative, Map.of("product_type", "creditpack"));
        assertNoAccess(creative, Map.of("product_type", "no-such-type"));
        assertNoAccess(creative, Map.of("product_type", "premiumaccess", "product_id", "2345"));
        assertNoAccess(creative, Map.of("product_id", "3456"));
        assertNoAccess(creative, Map.of("product_id", "9999"));
        assertNoAccess(id(withoutProducts()), Map.of());
        assertNoAccess(id(editorial()), Map.of("product_type", "premiumaccess"));
    }

    @Test
    void aMatchingProductIsAccepted() {
        String creative = id(creative());
        download(creative, Map.of("product_type", "premiumaccess", "product_id", "1234")).then().statusCode(200);
        download(creative, Map.of("product_type", "ROYALTYFREESUBSCRIPTION")).then().statusCode(200);
        download(creative, Map.of("product_id", "2345")).then().statusCode(200);
        download(id(editorial()), Map.of("product_type", "editorialsubscription")).then().statusCode(200);
    }

    @Test
    void aHeightNotAmongTheDownloadSizesIs404() {
        Map<String, Object> creative = creative();
        download(id(creative), Map.of("height", "7")).then().statusCode(404)
                .body(at("ErrorCode", equalTo("FileDownloadSizeNotFound"))).body(at("ErrorMessage", not(emptyString())));
        for (Integer height : heights(creative)) {
            download(id(creative), Map.of("height", String.valueOf(height))).then().statusCode(200);
        }
    }

    @Test
    void epsOnlyForVectors() {
        download(id(creative()), Map.of("file_type", "eps")).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        download(id(vector()), Map.of("file_type", "eps")).then().statusCode(200);
        download(id(creative()), Map.of("file_type", "jpg")).then().statusCode(200);
    }

    @Test
    void malformedParametersAre400() {
        String creative = id(creative());
        for (Map<String, String> query : List.of(Map.of("auto_download", "yes"), Map.of("height", "large"),
                Map.of("height", "1.5"), Map.of("product_id", "premium"), Map.of("file_type", "gif"),
                Map.of("use_team_credits", "maybe"), Map.of("size", "x_large"))) {
            v3(user).queryParams(query).post(DOWNLOADS + creative).then().statusCode(400)
                    .body(at("ErrorCode", equalTo("InvalidParameterValue"))).body(at("ErrorMessage", not(emptyString())));
        }
    }

    @Test
    void autoDownloadByDefaultIsA303ToTheFile() {
        String creative = id(creative());
        Response response = v3(user).redirects().follow(false).post(DOWNLOADS + creative);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.body().asByteArray()).isEmpty();
        String location = response.header("Location");
        assertThat(location).matches("http://localhost:" + SandboxV3.port() + "/sandbox/delivery/[A-Za-z0-9_-]{40,}/"
                + creative + "\\.png");
        assertPng(given().get(location), creative);

        Response explicit = v3(user).redirects().follow(false).queryParam("auto_download", "TRUE")
                .post(DOWNLOADS + creative);
        assertThat(explicit.statusCode()).isEqualTo(303);
        assertThat(explicit.header("Location")).isNotEqualTo(location);
    }

    @Test
    void autoDownloadFalseAnswersTheUri() {
        String creative = id(creative());
        Response response = download(creative, Map.of());
        response.then().statusCode(200).contentType("application/json");
        assertThat(response.as(JsonBody.class).getMap("$")).containsOnlyKeys("uri");
        String uri = response.as(JsonBody.class).getString("uri");
        assertThat(uri).startsWith("http://localhost:" + SandboxV3.port() + "/sandbox/delivery/")
                .endsWith("/" + creative + ".png");
    }

    @Test
    void theLinkUsesTheHostTheCallerUsed() {
        String uri = v3(user).header("Host", "gateway-upstream.test:9999").queryParam("auto_download", "false")
                .post(DOWNLOADS + id(creative())).then().statusCode(200).extract().as(JsonBody.class).get("uri");
        assertThat(uri).startsWith("http://gateway-upstream.test:9999/sandbox/delivery/");
    }

    @Test
    void theBodyIsOptionalAndIgnored() {
        String path = DOWNLOADS + id(creative()) + "?auto_download=false";
        v3(user).post(path).then().statusCode(200);
        v3(user).contentType("application/json").body("").post(path).then().statusCode(200);
        v3(user).contentType("application/json").body("{}").post(path).then().statusCode(200);
        v3(user).contentType("application/json").body("{\"download_notes\":\"cover\",\"project_code\":\"P-1\"}")
                .post(path).then().statusCode(200);
        v3(user).contentType("text/plain").body("not json").post(path).then().statusCode(200);
    }

    @Test
    void theDeliveryLinkServesThePngAsAnAttachmentUntilReset() {
        String creative = id(creative());
        String uri = download(creative, Map.of()).then().statusCode(200).extract().as(JsonBody.class).get("uri");
        // Fetched like a CDN link: no Api-Key, no token, as often as needed.
        byte[] first = assertPng(given().get(uri), creative);
        byte[] again = assertPng(given().get(uri), creative);
        assertThat(again).isEqualTo(first);
        // A licensed file is never watermarked: the same picture as an unwatermarked comp, not the listed comp.
        byte[] clean = given().port(SandboxV3.port()).get("/sandbox/media/" + creative + "/comp-unwatermarked.png")
                .asByteArray();
        byte[] watermarked = given().port(SandboxV3.port()).get("/sandbox/media/" + creative + "/comp.png")
                .asByteArray();
        assertThat(first).isEqualTo(clean).isNotEqualTo(watermarked);

        given().get(uri.replace(creative + ".png", "100000001.png")).then().statusCode(404);
        given().port(SandboxV3.port()).get("/sandbox/delivery/not-a-ticket/" + creative + ".png").then()
                .statusCode(404);
        SandboxV3.reset();
        given().get(uri).then().statusCode(404);
    }

    private Response download(String imageId, Map<String, String> query) {
        return v3(user).queryParam("auto_download", "false").queryParams(query).post(DOWNLOADS + imageId);
    }

    private void assertNoAccess(String imageId, Map<String, String> query) {
        download(imageId, query).then().statusCode(403).body(at("ErrorCode", equalTo("NoAccessToProductType")))
                .body(at("ErrorMessage", not(emptyString())));
    }

    private static byte[] assertPng(Response file, String imageId) {
        file.then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", "attachment; filename=" + imageId + ".png");
        byte[] bytes = file.asByteArray();
        assertThat(bytes).startsWith(PNG_MAGIC);
        assertThat(file.header("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        return bytes;
    }
}
