package com.connectgateway.operations.download;

import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetPreviousDownloads through the gateway, fed by downloads made with CreateDownloadRequest in the same test. */
@QuarkusTest
class GetPreviousDownloadsTest {

    private static final String PATH = "/v1/download/GetPreviousDownloads";
    private static final String RESULT = "GetPreviousDownloadsResultBody";

    private String token;
    private String secureToken;
    private String imageId;
    private Map<String, Object> authorization;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
        imageId = Downloads.creativeImage(token, Downloads::downloadable);
        authorization = Downloads.largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getMap("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0]");
    }

    private void download() {
        Downloads.create(LegacyApi.overHttps(), secureToken, List.of((String) authorization.get("DownloadToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")));
    }

    static Map<String, Object> body(Integer start, Integer count, Map<String, Object> filter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ItemCount", count);
        body.put("ItemStartNumber", start);
        if (filter != null) {
            body.put("Filter", filter);
        }
        return body;
    }

    private ValidatableResponse call(RequestSpecification transport, String path, String legacyToken, Map<String, Object> body) {
        return LegacyApi.post(transport, path, LegacyApi.envelope(legacyToken, "hist", "GetPreviousDownloadsRequestBody", body));
    }

    private ValidatableResponse call(Map<String, Object> body) {
        return call(LegacyApi.overHttps(), PATH, secureToken, body);
    }

    private static Map<String, Object> range(String start, String end) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("Start", start);
        range.put("End", end);
        return Map.of("DateRange", range);
    }

    private static void fails(ValidatableResponse response, String code) {
        response.body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo(code)))
                .body(at(RESULT, equalTo(null)));
    }

    @Test
    void aDownloadJustMadeIsListedWithEveryMember() {
        download();
        JsonBody body = call(body(1, 10, null))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList", hasSize(0)))
                .body(at("ResponseHeader.CoordinationId", equalTo("hist")))
                .body(at(RESULT + ".PreviousDownloads", hasSize(1)))
                .body(at(RESULT + ".PreviousDownloads[0].AssetId", equalTo(imageId)))
                .body(at(RESULT + ".PreviousDownloads[0].DateDownloaded", matchesPattern("/Date\\(\\d+[+-]\\d{4}\\)/")))
                .body(at(RESULT + ".PreviousDownloads[0].ThumbnailImageUrl", containsString("/sandbox/media/" + imageId + "/thumb")))
                .body(at(RESULT + ".PreviousDownloads[0].ProductOffering", equalTo(authorization.get("ProductOfferingType"))))
                .body(at(RESULT + ".ItemCount", equalTo(1)))
                .body(at(RESULT + ".ItemStartNumber", equalTo(1)))
                .body(at(RESULT + ".ItemTotalCount", equalTo(1)))
                .extract().as(JsonBody.class);
        Map<String, Object> entry = body.getMap(RESULT + ".PreviousDownloads[0]");
        assertThat(entry.keySet()).containsExactly("AssetId", "DateDownloaded", "ThumbnailImageUrl", "UrlThumb", "ProductOffering");
        assertThat(entry.get("UrlThumb")).isEqualTo(entry.get("ThumbnailImageUrl"));
        assertThat(body.getMap(RESULT).keySet()).containsExactly("PreviousDownloads", "ItemCount", "ItemStartNumber",
                "ItemTotalCount");
        long millis = Long.parseLong(((String) entry.get("DateDownloaded")).replaceAll("/Date\\((\\d+).*", "$1"));
        assertThat(Math.abs(System.currentTimeMillis() - millis)).isLessThan(120_000);
    }

    @Test
    void noDownloadsIsAnEmptyList() {
        call(body(1, 10, null)).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at(RESULT + ".PreviousDownloads", hasSize(0)))
                .body(at(RESULT + ".ItemCount", equalTo(0)))
                .body(at(RESULT + ".ItemTotalCount", equalTo(0)));
    }

    @Test
    void theDateRangeFilters() {
        download();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        call(body(1, 10, range(today.minusDays(1) + "T00:00:00Z", today.plusDays(1) + "T00:00:00Z")))
                .body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        // A bare end date covers its whole day; the table's StartDate/EndDate names are read too.
        call(body(1, 10, range(today.toString(), today.toString()))).body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        call(body(1, 10, Map.of("DateRange", Map.of("StartDate", today.toString(), "EndDate", today.toString()))))
                .body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        call(body(1, 10, range("2001-01-01T00:00:00-08:00", today.minusDays(2) + "T00:00:00Z")))
                .body(at(RESULT + ".PreviousDownloads", hasSize(0))).body(at(RESULT + ".ItemTotalCount", equalTo(0)));
        // Old v1 clients' .NET dates.
        call(body(1, 10, range("/Date(946684800000+0000)/", "/Date(" + (System.currentTimeMillis() + 3_600_000) + "-0800)/")))
                .body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        fails(call(body(1, 10, Map.of("DateRange", Map.of("Start", today.toString())))), "InvalidRequest");
        fails(call(body(1, 10, range("yesterday", today.toString()))), "InvalidRequest");
        fails(call(body(1, 10, range(today.toString(), today.minusDays(3).toString()))), "InvalidRequest");
    }

    @Test
    void theProductOfferingFilters() {
        download();
        String mine = (String) authorization.get("ProductOfferingType");
        String other = mine.equals("EasyAccess") ? "ImagePack" : "EasyAccess";
        call(body(1, 10, Map.of("ProductOffering", mine))).body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        call(body(1, 10, Map.of("ProductOffering", mine.toLowerCase()))).body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        call(body(1, 10, Map.of("ProductOffering", "All"))).body(at(RESULT + ".ItemTotalCount", equalTo(1)));
        call(body(1, 10, Map.of("ProductOffering", other))).body(at(RESULT + ".ItemTotalCount", equalTo(0)));
        call(body(1, 10, Map.of("ProductOffering", "LegacyRfSubscription")))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Information")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("LegacyRfSubscription")))
                .body(at(RESULT + ".PreviousDownloads", hasSize(0)));
        fails(call(body(1, 10, Map.of("ProductOffering", "Gold"))), "InvalidProductOffering");
    }

    @Test
    void windowsPageExactlyWithoutOverlap() {
        download();
        download();
        download();
        List<String> dates = new ArrayList<>();
        JsonBody first = call(body(1, 2, null)).body(at(RESULT + ".ItemCount", equalTo(2)))
                .body(at(RESULT + ".ItemStartNumber", equalTo(1))).body(at(RESULT + ".ItemTotalCount", equalTo(3)))
                .extract().as(JsonBody.class);
        JsonBody second = call(body(3, 2, null)).body(at(RESULT + ".ItemCount", equalTo(1)))
                .body(at(RESULT + ".ItemStartNumber", equalTo(3))).body(at(RESULT + ".ItemTotalCount", equalTo(3)))
                .extract().as(JsonBody.class);
        JsonBody all = call(body(1, 3, null)).extract().as(JsonBody.class);
        dates.addAll(first.getList(RESULT + ".PreviousDownloads.DateDownloaded"));
        dates.addAll(second.getList(RESULT + ".PreviousDownloads.DateDownloaded"));
        assertThat(dates).isEqualTo(all.getList(RESULT + ".PreviousDownloads.DateDownloaded"));
        // A window across v3 page boundaries (2..3) is still exact.
        assertThat(call(body(2, 2, null)).extract().as(JsonBody.class).<String>getList(RESULT + ".PreviousDownloads.DateDownloaded"))
                .isEqualTo(dates.subList(1, 3));
        fails(call(body(4, 2, null)), "StartPastTotal");
    }

    @Test
    void pagingCodes() {
        fails(call(body(1, null, null)), "InvalidItemCount");
        fails(call(body(1, 0, null)), "InvalidItemCount");
        fails(call(body(1, 101, null)), "MaxExceeded");
        fails(call(body(0, 10, null)), "InvalidItemStartNumber");
        fails(call(body(-5, 10, null)), "InvalidItemStartNumber");
        call(body(null, 100, null)).body(at(RESULT + ".ItemStartNumber", equalTo(1)));
    }

    @Test
    void httpsAndTheSecureTokenOnlyAndAUserSession() {
        fails(call(LegacyApi.overHttp(), PATH, token, body(1, 10, null)), "OperationRequiresHttps");
        fails(call(LegacyApi.overHttps(), PATH, token, body(1, 10, null)), "OperationRequiresSecureToken");
        fails(call(LegacyApi.overHttps(), PATH, "no-such-token", body(1, 10, null)), "AUTH-010");
        Map<String, Object> application = LegacyApi.createApplicationSession();
        fails(call(LegacyApi.overHttps(), PATH, (String) application.get("SecureToken"), body(1, 10, null)), "AUTH-021");
    }

    @Test
    void v1AndV2Alike() {
        download();
        call(LegacyApi.overHttps(), "/v2/download/GetPreviousDownloads", secureToken, body(1, 10, null))
                .body(at(RESULT + ".PreviousDownloads[0].AssetId", equalTo(imageId)));
        call(LegacyApi.overHttps(), "/v1/Download/getpreviousdownloads", secureToken, body(1, 10, null))
                .body(at(RESULT + ".ItemTotalCount", equalTo(1)));
    }
}
