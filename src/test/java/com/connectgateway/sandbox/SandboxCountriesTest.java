package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/countries}, and the members {@code GET /v3/collections} gives each collection. */
@QuarkusTest
class SandboxCountriesTest {

    private static final String COUNTRIES = "/sandbox/v3/countries";
    private static final String COLLECTIONS = "/sandbox/v3/collections";

    private static List<Map<String, Object>> countries(String language) {
        var request = v3(SandboxV3.applicationToken());
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.get(COUNTRIES).then().statusCode(200).body(at("countries", hasSize(22)))
                .header("Content-Language", language != null && language.startsWith("de") ? "de" : "en-US")
                .extract().as(JsonBody.class).getList("countries");
    }

    private static Map<String, Object> byCode(List<Map<String, Object>> countries, String alpha2) {
        return countries.stream().filter(c -> alpha2.equals(c.get("iso_alpha_2"))).findFirst().orElseThrow();
    }

    @Test
    void countriesWithTheirIsoCodesInEnglish() {
        List<Map<String, Object>> countries = countries(null);
        assertThat(countries).allSatisfy(c -> {
            assertThat(c).containsOnlyKeys("iso_alpha_2", "iso_alpha_3", "name");
            assertThat((String) c.get("iso_alpha_2")).matches("[A-Z]{2}");
            assertThat((String) c.get("iso_alpha_3")).matches("[A-Z]{3}");
        });
        assertThat(countries).extracting(c -> c.get("iso_alpha_3")).doesNotHaveDuplicates();
        assertThat(byCode(countries, "US")).containsEntry("iso_alpha_3", "USA").containsEntry("name", "United States");
        assertThat(byCode(countries("en-GB"), "DE")).containsEntry("name", "Germany");
        assertThat(byCode(countries("fr"), "DE")).containsEntry("name", "Germany");
    }

    @Test
    void namesInGermanForAcceptLanguageDe() {
        List<Map<String, Object>> german = countries("de");
        assertThat(byCode(german, "US")).containsEntry("iso_alpha_3", "USA").containsEntry("name", "Vereinigte Staaten");
        assertThat(byCode(german, "AT")).containsEntry("name", "Österreich");
        assertThat(byCode(countries("de-DE"), "GB")).containsEntry("name", "Vereinigtes Königreich");
        assertThat(german).extracting(c -> c.get("iso_alpha_2"))
                .containsExactlyElementsOf(countries(null).stream().map(c -> c.get("iso_alpha_2")).toList());
    }

    @Test
    void apiKeyAndTokenRequiredAndNoParameters() {
        given().port(SandboxV3.port()).get(COUNTRIES).then().statusCode(401).body(at("message", equalTo("Unauthorized")));
        given().port(SandboxV3.port()).header("Api-Key", "other-key").get(COUNTRIES).then().statusCode(403);
        v3().get(COUNTRIES).then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        v3("forged-token").get(COUNTRIES).then().statusCode(401);
        v3(SandboxV3.userToken()).get(COUNTRIES).then().statusCode(200).body(at("countries", hasSize(22)));
        v3(SandboxV3.userToken()).queryParam("language", "de").get(COUNTRIES).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @Test
    void collectionsCarryEveryDocumentedMember() {
        List<Map<String, Object>> collections = v3(SandboxV3.applicationToken()).get(COLLECTIONS).then().statusCode(200)
                .extract().as(JsonBody.class).getList("collections");
        assertThat(collections).hasSize(12).allSatisfy(c -> {
            assertThat(c).containsOnlyKeys("id", "code", "name", "asset_family", "license_model", "product_types");
            assertThat(c.get("asset_family")).isIn("creative", "editorial");
        });
        Map<String, Object> photodisc = collections.get(0);
        assertThat(photodisc).containsEntry("id", 1).containsEntry("code", "PHD").containsEntry("asset_family", "creative")
                .containsEntry("license_model", "royaltyfree")
                .containsEntry("product_types", List.of("premiumaccess", "royaltyfreesubscription", "imagepack"));
        assertThat(collections.get(3)).containsEntry("code", "GETTY").containsEntry("asset_family", "editorial")
                .containsEntry("product_types", List.of("editorialsubscription", "easyaccess"));
        v3().get(COLLECTIONS).then().statusCode(401);
    }
}
