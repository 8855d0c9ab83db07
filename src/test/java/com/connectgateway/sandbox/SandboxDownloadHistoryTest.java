package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxDownloadsTest.DOWNLOADS;
import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/downloads}: fed by the downloads the sandbox granted, filtered, paged, and refused as v3 does. */
@QuarkusTest
class SandboxDownloadHistoryTest {

    static final String HISTORY = "/sandbox/v3/downloads";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private String user;
    private String creative;
    private String editorial;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
        creative = SandboxDownloadsTest.id(SandboxDownloadsTest.creative());
        editorial = SandboxDownloadsTest.id(SandboxDownloadsTest.editorial());
    }

    private void download(String id, String productType) {
        v3(user).queryParam("auto_download", false).queryParam("product_type", productType).post(DOWNLOADS + id)
                .then().statusCode(200);
    }

    @Test
    void listsEachGrantedDownloadNewestFirstWithEveryField() {
        download(creative, "premiumaccess");
        download(editorial, "editorialsubscription");
        // A refused download (no such image) is not history.
        v3(user).queryParam("auto_download", false).post(DOWNLOADS + "no-such-image").then().statusCode(404);

        JsonBody body = v3(user).get(HISTORY).then().statusCode(200)
                .body(at("result_count", equalTo(2)))
                .body(at("downloads", hasSize(2)))
                .body(at("downloads[0].id", equalTo(editorial)))
                .body(at("downloads[0].product_type", equalTo("editorialsubscription")))
                .body(at("downloads[1].id", equalTo(creative)))
                .body(at("downloads[1].date_downloaded", matchesPattern(DATE)))
                .body(at("downloads[1].asset_type", equalTo("image")))
                .body(at("downloads[1].product_type", equalTo("premiumaccess")))
                .body(at("downloads[1].product_id", equalTo(1234)))
                .body(at("downloads[1].agreement_name", equalTo("Premium Access Agreement 2024")))
                .body(at("downloads[1].thumb_uri", containsString("/sandbox/media/" + creative + "/thumb")))
                .body(at("downloads[1].download_details.download_notes", nullValue()))
                .body(at("downloads[1].download_details.project_code", nullValue()))
                .body(at("downloads[1].download_source", equalTo("API")))
                .body(at("downloads[1].user.username", equalTo("sandbox-user")))
                .body(at("downloads[1].user.first_name", equalTo("Sandbox")))
                .body(at("downloads[1].user.middle_name", nullValue()))
                .body(at("downloads[1].user.last_name", equalTo("User")))
                .body(at("downloads[1].size_name", notNullValue()))
                .body(at("downloads[1].dimensions.width", notNullValue()))
                .body(at("downloads[1].dimensions.height", notNullValue()))
                .body(at("downloads[1].dimensions.dpi", notNullValue()))
                .body(at("downloads[1].license_model", notNullValue()))
                .body(at("downloads[1].generated_asset_id", nullValue()))
                .extract().as(JsonBody.class);
        // The largest size without a height, as the download delivered it.
        List<Map<String, Object>> sizes = SandboxSearchTest.maps(SandboxDownloadsTest.creative(), "download_sizes");
        Map<String, Object> largest = sizes.get(sizes.size() - 1);
        assertThat(body.getString("downloads[1].size_name")).isEqualTo(largest.get("name"));
        assertThat(body.getInt("downloads[1].dimensions.height")).isEqualTo(largest.get("height"));
    }

    @Test
    void aChosenHeightIsTheSizeRecorded() {
        List<Map<String, Object>> sizes = SandboxSearchTest.maps(SandboxDownloadsTest.creative(), "download_sizes");
        Map<String, Object> smallest = sizes.get(0);
        v3(user).queryParam("auto_download", false).queryParam("height", smallest.get("height")).post(DOWNLOADS + creative)
                .then().statusCode(200);
        v3(user).get(HISTORY).then().statusCode(200)
                .body(at("downloads[0].size_name", equalTo(smallest.get("name"))))
                .body(at("downloads[0].dimensions.width", equalTo(smallest.get("width"))));
    }

    @Test
    void productTypeFilters() {
        download(creative, "premiumaccess");
        download(creative, "royaltyfreesubscription");
        download(editorial, "editorialsubscription");
        v3(user).queryParam("product_type", "premiumaccess").get(HISTORY).then().statusCode(200)
                .body(at("result_count", equalTo(1))).body(at("downloads[0].product_type", equalTo("premiumaccess")));
        v3(user).queryParam("product_type", "creditpack").get(HISTORY).then().statusCode(200)
                .body(at("result_count", equalTo(0))).body(at("downloads", hasSize(0)));
        v3(user).queryParam("product_type", "nonsense").get(HISTORY).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @Test
    void datesBoundTheWindowByDayOrWithUseTimeByInstant() {
        download(creative, "premiumaccess");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        v3(user).queryParam("date_from", today.toString()).queryParam("date_to", today.toString()).get(HISTORY)
                .then().statusCode(200).body(at("result_count", equalTo(1)));
        v3(user).queryParam("date_from", today.plusDays(1).toString()).queryParam("date_to", today.plusDays(2).toString())
                .get(HISTORY).then().statusCode(200).body(at("result_count", equalTo(0)));
        v3(user).queryParam("date_from", today.minusDays(60).toString()).queryParam("date_to", today.minusDays(1).toString())
                .get(HISTORY).then().statusCode(200).body(at("result_count", equalTo(0)));
        // The time counts only with use_time: an hour ahead today still covers the download by day.
        String inAnHour = java.time.Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String tomorrowEnd = today.plusDays(1) + "T23:59:59Z";
        v3(user).queryParam("date_from", inAnHour).queryParam("date_to", tomorrowEnd).queryParam("use_time", true)
                .get(HISTORY).then().statusCode(200).body(at("result_count", equalTo(0)));
        v3(user).queryParam("date_from", "2000-01-01T00:00:00Z").queryParam("date_to", tomorrowEnd)
                .queryParam("use_time", true).get(HISTORY).then().statusCode(200).body(at("result_count", equalTo(1)));
        v3(user).queryParam("date_from", today.toString()).queryParam("date_to", today.minusDays(1).toString())
                .get(HISTORY).then().statusCode(400).body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3(user).queryParam("date_from", "yesterday").get(HISTORY).then().statusCode(400);
        v3(user).queryParam("use_time", "maybe").get(HISTORY).then().statusCode(400);
    }

    @Test
    void pagesHoldAtMostOneHundred() {
        download(creative, "premiumaccess");
        download(creative, "royaltyfreesubscription");
        download(editorial, "editorialsubscription");
        v3(user).queryParam("page", 2).queryParam("page_size", 2).get(HISTORY).then().statusCode(200)
                .body(at("result_count", equalTo(3))).body(at("downloads", hasSize(1)))
                .body(at("downloads[0].product_type", equalTo("premiumaccess")));
        v3(user).queryParam("page", 3).queryParam("page_size", 2).get(HISTORY).then().statusCode(200)
                .body(at("result_count", equalTo(3))).body(at("downloads", hasSize(0)));
        v3(user).queryParam("page_size", 101).get(HISTORY).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3(user).queryParam("page", 0).get(HISTORY).then().statusCode(400);
        v3(user).queryParam("sort", "x").get(HISTORY).then().statusCode(400);
    }

    @Test
    void needsAUserTokenAndIsClearedByReset() {
        download(creative, "premiumaccess");
        v3().get(HISTORY).then().statusCode(401).body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        v3(SandboxV3.applicationToken()).get(HISTORY).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")));
        SandboxV3.reset();
        v3(SandboxV3.userToken()).get(HISTORY).then().statusCode(200).body(at("result_count", equalTo(0)));
    }
}
