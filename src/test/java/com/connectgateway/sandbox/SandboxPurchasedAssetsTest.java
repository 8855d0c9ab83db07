package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.JsonBody;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/purchased-assets}: the fixed demo purchases, their dates, pages and refusals. */
@QuarkusTest
class SandboxPurchasedAssetsTest {

    static final String PURCHASES = "/sandbox/v3/purchased-assets";

    private String user;

    @BeforeEach
    void reset() {
        SandboxV3.reset();
        user = SandboxV3.userToken();
    }

    @Test
    void sevenPurchasesNewestFirstWithEveryField() {
        JsonBody body = v3(user).get(PURCHASES).then().statusCode(200)
                .body(at("result_count", equalTo(7)))
                .body(at("previous_purchases", hasSize(7)))
                .body(at("previous_purchases[0].date_purchased", equalTo("2025-05-20T14:02:11Z")))
                .body(at("previous_purchases[0].purchased_by", equalTo("sandbox-user")))
                .body(at("previous_purchases[0].asset_id", notNullValue()))
                .body(at("previous_purchases[0].asset_type", equalTo("image")))
                .body(at("previous_purchases[0].license_model", notNullValue()))
                .body(at("previous_purchases[0].order_id", equalTo("ORD-2025-0520-01")))
                .body(at("previous_purchases[0].thumb_uri", containsString("/thumb")))
                .body(at("previous_purchases[0].size_name", notNullValue()))
                .body(at("previous_purchases[0].file_size_in_bytes", greaterThan(0)))
                .body(at("previous_purchases[0].download_uri", containsString("/sandbox/v3/downloads/images/")))
                .body(at("previous_purchases[6].date_purchased", equalTo("2023-11-03T07:15:42Z")))
                .extract().as(JsonBody.class);
        List<String> ids = body.getList("previous_purchases.asset_id");
        assertThat(ids).doesNotHaveDuplicates();
        // The same on every call.
        assertThat(v3(user).get(PURCHASES).then().extract().as(JsonBody.class).<String>getList("previous_purchases.asset_id"))
                .isEqualTo(ids);
    }

    @Test
    void datesFilterByPurchaseDay() {
        v3(user).queryParam("date_from", "2024-09-14").queryParam("date_to", "2025-01-08").get(PURCHASES).then()
                .statusCode(200).body(at("result_count", equalTo(3)))
                .body(at("previous_purchases[0].order_id", equalTo("ORD-2025-0108-07")));
        v3(user).queryParam("date_from", "2025-06-01").get(PURCHASES).then().statusCode(200)
                .body(at("result_count", equalTo(0)));
        v3(user).queryParam("date_to", "2023-12-31").get(PURCHASES).then().statusCode(200)
                .body(at("result_count", equalTo(1)));
        v3(user).queryParam("date_from", "2025-01-08").queryParam("date_to", "2024-01-01").get(PURCHASES).then()
                .statusCode(400).body(at("ErrorCode", equalTo("InvalidParameterValue")));
    }

    @Test
    void pagesAndTheirErrors() {
        v3(user).queryParam("page", 2).queryParam("page_size", 3).get(PURCHASES).then().statusCode(200)
                .body(at("result_count", equalTo(7))).body(at("previous_purchases", hasSize(3)))
                .body(at("previous_purchases[0].order_id", equalTo("ORD-2024-0914-03")));
        v3(user).queryParam("page", 0).get(PURCHASES).then().statusCode(400)
                .body(at("ErrorCode", equalTo("PageNumberLessThanOne")));
        v3(user).queryParam("page", -3).get(PURCHASES).then().statusCode(400)
                .body(at("ErrorCode", equalTo("PageNumberLessThanOne")));
        v3(user).queryParam("page_size", 101).get(PURCHASES).then().statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")));
        v3(user).queryParam("order", "x").get(PURCHASES).then().statusCode(400);
    }

    @Test
    void needsAUserToken() {
        v3().get(PURCHASES).then().statusCode(401).body(at("ErrorCode", equalTo("AuthorizationTokenRequired")));
        v3(SandboxV3.applicationToken()).get(PURCHASES).then().statusCode(403)
                .body(at("ErrorCode", equalTo("UserTokenRequired")));
    }
}
