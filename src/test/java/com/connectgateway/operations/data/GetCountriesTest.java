package com.connectgateway.operations.data;

import static com.connectgateway.operations.data.DataCalls.call;
import static com.connectgateway.operations.data.DataCalls.fails;
import static com.connectgateway.operations.data.DataCalls.succeeds;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GetCountries through the gateway against the sandbox's {@code /v3/countries}. */
@QuarkusTest
class GetCountriesTest {

    private static final String OPERATION = "GetCountries";

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private static Map<String, Object> language(String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("Language", language);
        return body;
    }

    private static Map<String, Object> country(JsonBody result, String alpha2) {
        List<Map<String, Object>> countries = result.getList("GetCountriesResult.Countries");
        return countries.stream().filter(c -> alpha2.equals(c.get("CountryChar2ISO"))).findFirst().orElseThrow();
    }

    @Test
    void anApplicationSessionGetsEveryCountryInEnglish() {
        String token = (String) LegacyApi.createApplicationSession().get("Token");
        JsonBody result = succeeds(call(OPERATION, token, Map.of()))
                .body(at("GetCountriesResult.Countries", hasSize(22)))
                .extract().as(JsonBody.class);
        List<Map<String, Object>> countries = result.getList("GetCountriesResult.Countries");
        assertThat(countries).allSatisfy(c -> {
            assertThat(c.keySet()).containsExactly("CountryChar2ISO", "CountryChar3ISO", "CountryName");
            assertThat((String) c.get("CountryChar2ISO")).hasSize(2);
            assertThat((String) c.get("CountryChar3ISO")).hasSize(3);
            assertThat((String) c.get("CountryName")).isNotBlank();
        });
        assertThat(country(result, "US")).containsEntry("CountryChar3ISO", "USA").containsEntry("CountryName", "United States");
        assertThat(country(result, "AT")).containsEntry("CountryChar3ISO", "AUT").containsEntry("CountryName", "Austria");
    }

    @Test
    void languageGoesUpstreamAsAcceptLanguage() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        JsonBody german = succeeds(call(LegacyApi.overHttp(), "/v2/data/GetCountries", OPERATION, token, language("de-DE")))
                .extract().as(JsonBody.class);
        assertThat(country(german, "US")).containsEntry("CountryName", "Vereinigte Staaten");
        assertThat(country(german, "AT")).containsEntry("CountryName", "Österreich");
        JsonBody english = succeeds(call(OPERATION, token, language("en-us"))).extract().as(JsonBody.class);
        assertThat(country(english, "DE")).containsEntry("CountryName", "Germany");
    }

    @Test
    void withoutABodyOrLanguageTheNamesAreEnUs() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        JsonBody result = succeeds(call(OPERATION, token, null)).extract().as(JsonBody.class);
        assertThat(country(result, "DE")).containsEntry("CountryName", "Germany");
        succeeds(call(OPERATION, token, language(null))).body(at("GetCountriesResult.Countries", hasSize(22)));
    }

    @Test
    void anUnsupportedLanguageWarnsAndAnUnreadableOneIsRefused() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        JsonBody result = call(OPERATION, token, language("xx-YY"))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList", hasSize(1)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("DefaultLanguageUsed")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Warning")))
                .extract().as(JsonBody.class);
        assertThat(country(result, "DE")).containsEntry("CountryName", "Germany");
        fails(call(OPERATION, token, language("not a language!")), OPERATION, "InvalidLanguageCode");
        fails(call(OPERATION, token, Map.of("Language", List.of("de"))), OPERATION, "InvalidRequest");
    }

    @Test
    void tokenAndTransportRules() {
        Map<String, Object> session = LegacyApi.createUserSession();
        fails(call(OPERATION, null, Map.of()), OPERATION, "AUTH-010");
        fails(call(OPERATION, "not-a-token", Map.of()), OPERATION, "AUTH-010");
        fails(call(OPERATION, (String) session.get("SecureToken"), Map.of()), OPERATION, "SecureTokenPassedOverHttp");
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        succeeds(call(LegacyApi.overHttps(), "/v1/data/GetCountries", OPERATION, secure, Map.of()));
        succeeds(call(LegacyApi.overHttps(), "/v2/data/getcountries", OPERATION, (String) session.get("Token"), Map.of()));
    }

    @Test
    void aFailingV3IsDependentServiceDown() {
        String token = (String) LegacyApi.createUserSession().get("Token");
        Faults.rule(Map.of("path", "/sandbox/v3/countries", "status", 500, "body", "{\"message\":\"boom\"}"));
        fails(call(OPERATION, token, Map.of()), OPERATION, "DependentServiceDown")
                .body(at("ResponseHeader.StatusList[0].Message", containsString("500")));
    }
}
