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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetActiveProductOfferings and GetAllProductOfferings through the gateway against the sandbox's {@code /v3/products}. */
@QuarkusTest
class ProductOfferingsTest {

    private static final String ACTIVE = "GetActiveProductOfferings";
    private static final String ALL = "GetAllProductOfferings";
    private static final String DATE = "/Date\\(\\d+[+-]\\d{4}\\)/";
    /** One active and one inactive product, as v3 may answer. */
    private static final String MIXED = "{\"products\":[{\"id\":7,\"type\":\"imagepack\",\"name\":\"Old pack\",\"status\":\"inactive\","
            + "\"download_limit\":5,\"downloads_remaining\":2},{\"id\":8,\"type\":\"easyaccess\",\"name\":\"EA\",\"status\":\"active\"}]}";

    private String token;

    @BeforeEach
    void session() {
        given();
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private static void given() {
        io.restassured.RestAssured.given().port(LegacyApi.sandboxPort()).post("/sandbox/control/reset").then().statusCode(200);
    }

    @AfterEach
    void clearFaults() {
        Faults.clear();
    }

    private static Map<String, Object> offering(JsonBody result, int id) {
        List<Map<String, Object>> offerings = result.getList("GetAllProductOfferingsResult.ProductOfferings");
        return offerings.stream().filter(o -> Integer.valueOf(id).equals(o.get("ProductOfferingInstanceId"))).findFirst().orElseThrow();
    }

    @Test
    void activeOfferingsOfTheUser() {
        succeeds(call(ACTIVE, token, null))
                .body(at("GetActiveProductOfferingsResult.ActiveProductOfferings", equalTo(List.of("PremiumAccess",
                        "RoyaltyFreeSubscription", "EditorialSubscription", "EasyAccess", "ImagePack"))));
        succeeds(call(LegacyApi.overHttp(), "/v2/data/GetActiveProductOfferings", ACTIVE, token, Map.of()))
                .body(at("GetActiveProductOfferingsResult.ActiveProductOfferings", hasSize(5)));
    }

    @Test
    void allOfferingsWithEveryMember() {
        JsonBody result = succeeds(call(ALL, token, null))
                .body(at("GetAllProductOfferingsResult.ProductOfferings", hasSize(5)))
                .extract().as(JsonBody.class);
        Map<String, Object> premium = offering(result, 1234);
        assertThat(premium.keySet()).containsExactly("ProductOfferingInstanceId", "ApplicationWebsite", "ProductOfferingType",
                "Name", "DownloadLimit", "DownloadLimitDuration", "Status", "ExpirationUtc", "DownloadsRemaining",
                "DownloadLimitResetUtc");
        assertThat(premium).containsEntry("ApplicationWebsite", "www.example.com").containsEntry("ProductOfferingType", "PremiumAccess")
                .containsEntry("Name", "Premium Access").containsEntry("DownloadLimit", 100)
                .containsEntry("DownloadLimitDuration", "monthly").containsEntry("Status", "Active")
                .containsEntry("DownloadsRemaining", 100);
        assertThat((String) premium.get("ExpirationUtc")).matches(DATE);
        assertThat((String) premium.get("DownloadLimitResetUtc")).matches(DATE);
        assertThat(offering(result, 2345)).containsEntry("ProductOfferingType", "Subscription").containsEntry("DownloadLimit", 50);
        assertThat(offering(result, 5678)).containsEntry("ProductOfferingType", "ImagePack").containsEntry("DownloadLimit", 10);
        Map<String, Object> editorial = offering(result, 3456);
        assertThat(editorial).containsEntry("ProductOfferingType", "EditorialSubscription").containsEntry("DownloadLimit", null)
                .containsEntry("DownloadLimitDuration", null).containsEntry("DownloadsRemaining", null)
                .containsEntry("DownloadLimitResetUtc", null);
        assertThat((String) editorial.get("ExpirationUtc")).matches(DATE);
        succeeds(call(LegacyApi.overHttps(), "/v2/data/GetAllProductOfferings", ALL, token, Map.of()))
                .body(at("GetAllProductOfferingsResult.ProductOfferings", hasSize(5)));
    }

    @Test
    void activeListsOnlyActiveProductsAllListsEvery() {
        Faults.rule(Map.of("path", "/sandbox/v3/products", "status", 200, "body", MIXED));
        succeeds(call(ACTIVE, token, null))
                .body(at("GetActiveProductOfferingsResult.ActiveProductOfferings", equalTo(List.of("EasyAccess"))));
        JsonBody all = succeeds(call(ALL, token, null))
                .body(at("GetAllProductOfferingsResult.ProductOfferings", hasSize(2))).extract().as(JsonBody.class);
        assertThat(offering(all, 7)).containsEntry("Status", "Inactive").containsEntry("DownloadsRemaining", 2)
                .containsEntry("ExpirationUtc", null).containsEntry("ApplicationWebsite", null);
        assertThat(offering(all, 8)).containsEntry("Status", "Active");
    }

    @Test
    void noProductsAreEmptyLists() {
        Faults.rule(Map.of("path", "/sandbox/v3/products", "status", 200, "body", "{\"products\":[]}"));
        succeeds(call(ACTIVE, token, null)).body(at("GetActiveProductOfferingsResult.ActiveProductOfferings", equalTo(List.of())));
        succeeds(call(ALL, token, null)).body(at("GetAllProductOfferingsResult.ProductOfferings", equalTo(List.of())));
    }

    @Test
    void anApplicationSessionHasNoProducts() {
        String application = (String) LegacyApi.createApplicationSession().get("Token");
        for (String operation : List.of(ACTIVE, ALL)) {
            fails(call(operation, application, null), operation, "AUTH-021")
                    .body(at("ResponseHeader.StatusList[0].Message", containsString("CreateSession")));
        }
        assertThat(Faults.hits("/sandbox/v3/products")).isEmpty();
    }

    @Test
    void v3RefusingAUserlessTokenIsAuth021() {
        Faults.rule(Map.of("path", "/sandbox/v3/products", "status", 403,
                "body", "{\"ErrorCode\":\"UserTokenRequired\",\"ErrorMessage\":\"Security token must contain a user.\"}"));
        fails(call(ACTIVE, token, null), ACTIVE, "AUTH-021");
        fails(call(ALL, token, null), ALL, "AUTH-021");
    }

    @Test
    void v3FailuresAreDependentServiceDown() {
        Faults.rule(Map.of("path", "/sandbox/v3/products", "status", 500, "body", "{\"ErrorCode\":\"CreditPack\"}"));
        fails(call(ACTIVE, token, null), ACTIVE, "DependentServiceDown");
        fails(call(ALL, token, null), ALL, "DependentServiceDown");
    }

    @Test
    void tokenAndTransportRulesAndIgnoredMembers() {
        for (String operation : List.of(ACTIVE, ALL)) {
            fails(call(operation, null, null), operation, "AUTH-010");
            // A SecureToken sent over HTTP is revoked, so each operation gets a fresh one.
            String exposed = (String) LegacyApi.createUserSession().get("SecureToken");
            fails(call(operation, exposed, null), operation, "SecureTokenPassedOverHttp");
            fails(call(operation, exposed, null), operation, "AUTH-010");
            call(operation, token, Map.of("ProductOfferingStatus", "all"))
                    .body(at("ResponseHeader.Status", equalTo("success")))
                    .body(at("ResponseHeader.StatusList[0].Type", equalTo("Information")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                    .body(at("ResponseHeader.StatusList[0].Message", containsString("ProductOfferingStatus")));
        }
        String secure = (String) LegacyApi.createUserSession().get("SecureToken");
        succeeds(call(LegacyApi.overHttps(), "/v1/data/GetAllProductOfferings", ALL, secure, null));
    }
}
