package com.connectgateway.operations.purchase;

import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetPreviousPurchases through the gateway against the sandbox's fixed purchase history. */
@QuarkusTest
class GetPreviousPurchasesTest {

    private static final String PATH = "/v1/purchase/GetPreviousPurchases";
    private static final String RESULT = "GetPreviousPurchasesResultBody";

    private String token;
    private String secureToken;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
    }

    private static Map<String, Object> body(Integer start, Integer count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ItemCount", count);
        body.put("ItemStartNumber", start);
        return body;
    }

    private ValidatableResponse call(RequestSpecification transport, String path, String legacyToken, Map<String, Object> body) {
        return LegacyApi.post(transport, path, LegacyApi.envelope(legacyToken, 7, "GetPreviousPurchasesRequestBody", body));
    }

    private ValidatableResponse call(Map<String, Object> body) {
        return call(LegacyApi.overHttps(), PATH, secureToken, body);
    }

    private static void fails(ValidatableResponse response, String code) {
        response.body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)))
                .body(at(RESULT, equalTo(null)));
    }

    @Test
    void everyPurchaseWithEveryMember() {
        JsonBody body = call(body(1, 10))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(0)))
                .body(at("ResponseHeader.CoordinationId", equalTo(7)))
                .body(at(RESULT + ".PreviousPurchases", hasSize(7)))
                .body(at(RESULT + ".PreviousPurchases[0].OrderId", equalTo("ORD-2025-0520-01")))
                .body(at(RESULT + ".PreviousPurchases[0].DatePurchased", equalTo("/Date(" + Instant.parse("2025-05-20T14:02:11Z")
                        .toEpochMilli() + "-0700)/")))
                .body(at(RESULT + ".PreviousPurchases[0].UrlThumb", containsString("/thumb")))
                .body(at(RESULT + ".PreviousPurchases[6].OrderId", equalTo("ORD-2023-1103-02")))
                .body(at(RESULT + ".PreviousPurchases[6].DatePurchased", equalTo("/Date(" + Instant.parse("2023-11-03T07:15:42Z")
                        .toEpochMilli() + "-0700)/")))
                .body(at(RESULT + ".ItemCount", equalTo(7)))
                .body(at(RESULT + ".ItemStartNumber", equalTo(1)))
                .body(at(RESULT + ".ItemTotalCount", equalTo(7)))
                .extract().as(JsonBody.class);
        Map<String, Object> first = body.getMap(RESULT + ".PreviousPurchases[0]");
        assertThat(first.keySet()).containsExactly("AssetId", "DatePurchased", "OrderId", "UrlThumb");
        assertThat((String) first.get("AssetId")).isNotBlank();
        assertThat((String) first.get("UrlThumb")).contains((String) first.get("AssetId"));
    }

    @Test
    void windowsPageExactlyWithoutOverlap() {
        List<String> all = call(body(1, 7)).extract().as(JsonBody.class).getList(RESULT + ".PreviousPurchases.AssetId");
        List<String> pages = new ArrayList<>();
        for (int start = 1; start <= 7; start += 3) {
            pages.addAll(call(body(start, 3)).body(at(RESULT + ".ItemStartNumber", equalTo(start)))
                    .body(at(RESULT + ".ItemTotalCount", equalTo(7))).extract().as(JsonBody.class)
                    .getList(RESULT + ".PreviousPurchases.AssetId"));
        }
        assertThat(pages).isEqualTo(all).doesNotHaveDuplicates();
        call(body(7, 3)).body(at(RESULT + ".ItemCount", equalTo(1)));
        fails(call(body(8, 3)), "StartPastTotal");
        fails(call(body(1, 0)), "InvalidItemCount");
        fails(call(body(1, 101)), "MaxExceeded");
        fails(call(body(0, 5)), "InvalidItemStartNumber");
    }

    @Test
    void sortAndSearchAreCheckedThenReportedAsIgnored() {
        Map<String, Object> sorted = body(1, 7);
        sorted.put("ItemSortType", "orderdateascending");
        sorted.put("Filter", Map.of("SearchCriteria", "ORD-2024-0914-03", "SearchCriteriaType", "OrderId"));
        call(sorted).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(2)))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Information")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("ItemSortType OrderDateAscending")))
                .body(at("ResponseHeader.StatusList[1].Type", equalTo("Information")))
                .body(at("ResponseHeader.StatusList[1].Message", containsString("Filter.SearchCriteria")))
                .body(at(RESULT + ".ItemTotalCount", equalTo(7)));
        Map<String, Object> badSort = body(1, 7);
        badSort.put("ItemSortType", "Newest");
        fails(call(badSort), "InvalidItemSortType");
        Map<String, Object> badType = body(1, 7);
        badType.put("Filter", Map.of("SearchCriteria", "x", "SearchCriteriaType", "Colour"));
        fails(call(badType), "InvalidSearchCriteriaType");
        Map<String, Object> half = body(1, 7);
        half.put("Filter", Map.of("SearchCriteria", "x"));
        fails(call(half), "SearchCriteriaRequestMismatch");
        Map<String, Object> otherHalf = body(1, 7);
        otherHalf.put("Filter", Map.of("SearchCriteriaType", "AssetId"));
        fails(call(otherHalf), "SearchCriteriaRequestMismatch");
    }

    @Test
    void httpsAndTheSecureTokenOnlyAndAUserSession() {
        fails(call(LegacyApi.overHttp(), PATH, token, body(1, 10)), "OperationRequiresHttps");
        fails(call(LegacyApi.overHttps(), PATH, token, body(1, 10)), "OperationRequiresSecureToken");
        Map<String, Object> application = LegacyApi.createApplicationSession();
        fails(call(LegacyApi.overHttps(), PATH, (String) application.get("SecureToken"), body(1, 10)), "AUTH-021");
        call(LegacyApi.overHttps(), "/v2/purchase/GetPreviousPurchases", secureToken, body(1, 2))
                .body(at(RESULT + ".ItemCount", equalTo(2)));
    }
}
