package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.Downloads.largest;
import static com.connectgateway.support.Downloads.sizes;
import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.connectgateway.operations.images.SizeKey;
import com.connectgateway.support.Downloads;
import com.connectgateway.support.Faults;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The classic legacy download workflow, end to end, down to the file bytes. */
@QuarkusTest
class DownloadWorkflowTest {

    private Map<String, Object> session;
    private String token;
    private String secureToken;

    @BeforeEach
    void session() {
        Sandbox.reset();
        session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
    }

    @Test
    void searchLargestAuthorizationCreateRequestAndFetchTheFile() {
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        JsonBody authorizations = largest(token, List.of(imageId))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetLargestImageDownloadAuthorizationsResult.Images[0].ImageId", equalTo(imageId)))
                .extract().as(JsonBody.class);
        Map<String, Object> first = authorizations.getMap("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0]");
        assertThat(first).containsEntry("DownloadIsFree", false).containsKeys("ProductOfferingInstanceId", "SizeKey");
        assertThat((String) first.get("ProductOfferingType")).isIn("PremiumAccess", "RoyaltyFreeSubscription",
                "EditorialSubscription", "EasyAccess", "ImagePack");

        JsonBody created = create(LegacyApi.overHttps(), secureToken, List.of((String) first.get("DownloadToken")))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("ResponseHeader.CoordinationId", equalTo("dl")))
                .body(at("CreateDownloadRequestResult.DownloadUrls", hasSize(1)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(imageId)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment", notNullValue()))
                .extract().as(JsonBody.class);

        Response file = given().get(created.getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment"));
        file.then().statusCode(200).header("Content-Disposition", startsWith("attachment"));
        assertThat(file.asByteArray()).startsWith(0x89, 'P', 'N', 'G');
        // Exactly one v3 download, without the redirect, for the product of the token.
        JsonBody v3 = Downloads.v3Downloads();
        assertThat(v3.getList("$")).hasSize(1);
        assertThat(v3.getString("[0].query.auto_download")).isEqualTo("false");
        assertThat(v3.getString("[0].query.product_id")).isEqualTo(first.get("ProductOfferingInstanceId"));
    }

    @Test
    void sizeKeyFromImageDetailsRoundTrips() {
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        Map<String, Object> size = LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails",
                LegacyApi.envelope(token, null, "GetImageDetailsRequestBody", Map.of("ImageIds", List.of(imageId))))
                .extract().as(JsonBody.class).getMap("GetImageDetailsResult.Images[0].SizesDownloadableImages[0]");
        String sizeKey = (String) size.get("SizeKey");

        JsonBody authorized = sizes(token, List.of(Map.of("ImageId", imageId, "SizeKey", sizeKey)))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetImageDownloadAuthorizationsResult.Images[0].ImageId", equalTo(imageId)))
                .body(at("GetImageDownloadAuthorizationsResult.Images[0].SizeKey", equalTo(sizeKey)))
                .body(at("GetImageDownloadAuthorizationsResult.Images[0].Status", equalTo("available")))
                .extract().as(JsonBody.class);
        List<Map<String, Object>> auths = authorized.getList("GetImageDownloadAuthorizationsResult.Images[0].Authorizations");
        assertThat(auths).isNotEmpty();
        assertThat(auths.get(0)).containsKeys("DownloadsRemaining", "DownloadToken", "ProductOfferingType");

        create(LegacyApi.overHttps(), secureToken, List.of((String) auths.get(0).get("DownloadToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].SizeName", equalTo(size.get("SizeName"))));
        assertThat(Downloads.v3Downloads().getString("[0].query.height"))
                .isEqualTo(Integer.toString(SizeKey.decode(sizeKey).height()));
    }

    @Test
    void remainingDownloadsGoDownAfterADownload() {
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        String sizeKey = largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].SizeKey");
        List<Map<String, Object>> before = sizes(token, List.of(Map.of("ImageId", imageId, "SizeKey", sizeKey))).extract()
                .as(JsonBody.class).getList("GetImageDownloadAuthorizationsResult.Images[0].Authorizations");
        Map<String, Object> limited = before.stream().filter(a -> a.get("DownloadsRemaining") != null).findFirst().orElseThrow();
        create(LegacyApi.overHttps(), secureToken, List.of((String) limited.get("DownloadToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")));
        List<Map<String, Object>> after = sizes(token, List.of(Map.of("ImageId", imageId, "SizeKey", sizeKey))).extract()
                .as(JsonBody.class).getList("GetImageDownloadAuthorizationsResult.Images[0].Authorizations");
        Object remainingAfter = after.stream().filter(a -> a.get("ProductOfferingInstanceId").equals(limited.get("ProductOfferingInstanceId")))
                .findFirst().orElseThrow().get("DownloadsRemaining");
        assertThat(((Number) remainingAfter).intValue()).isEqualTo(((Number) limited.get("DownloadsRemaining")).intValue() - 1);
    }

    /**
     * Real v3 also answers largest_downloads on /v3/images as flat Download objects without any size:
     * the SizeKey then comes from max_dimensions, and the token asks v3 for the largest size.
     */
    @Test
    void flatLargestDownloadsGiveASizeKeyAndADownloadOfTheLargestSize() {
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        Map<String, Object> real = largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getMap("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0]");
        String productType = ((String) real.get("ProductOfferingType")).toLowerCase(java.util.Locale.ROOT);
        String flat = "{\"images\":[{\"id\":\"" + imageId + "\",\"call_for_image\":false,"
                + "\"max_dimensions\":{\"height\":3648,\"width\":5472},"
                + "\"largest_downloads\":[{\"product_id\":\"" + real.get("ProductOfferingInstanceId") + "\",\"product_type\":\""
                + productType + "\",\"uri\":\"https://api.example/v3/downloads/images/" + imageId + "\"}]}],\"images_not_found\":[]}";
        try {
            Faults.rule(Map.of("path", "/sandbox/v3/images", "times", 1, "status", 200, "body", flat,
                    "headers", Map.of("Content-Type", "application/json")));
            Map<String, Object> authorization = largest(token, List.of(imageId))
                    .body(at("ResponseHeader.Status", equalTo("success")))
                    .extract().as(JsonBody.class).getMap("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0]");
            assertThat(authorization.get("SizeKey")).isNotNull();
            assertThat(SizeKey.decode((String) authorization.get("SizeKey"))).isEqualTo(new SizeKey(imageId, null, 3648));
            assertThat(authorization.get("ProductOfferingInstanceId")).isEqualTo(real.get("ProductOfferingInstanceId"));

            create(LegacyApi.overHttps(), secureToken, List.of((String) authorization.get("DownloadToken")))
                    .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                    .body(at("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(imageId)))
                    .body(at("CreateDownloadRequestResult.DownloadUrls[0].SizeName", equalTo("largest")));
            assertThat(Downloads.v3Downloads().getString("[0].query.height")).isNull();
        } finally {
            Faults.clear();
        }
    }

    /** By default UrlAttachment is v3's https URI, untouched. */
    @Test
    void deliveryUrlsStayHttpsByDefault() {
        String downloadToken = Downloads.largestToken(token, Downloads.creativeImage(token, Downloads::downloadable));
        try {
            Faults.rule(Map.of("path", "/sandbox/v3/downloads/", "status", 200,
                    "body", "{\"uri\":\"https://delivery.gettyimages.com/xa/100.jpg?k=signed\"}",
                    "headers", Map.of("Content-Type", "application/json")));
            create(LegacyApi.overHttps(), secureToken, List.of(downloadToken))
                    .body(at("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment",
                            equalTo("https://delivery.gettyimages.com/xa/100.jpg?k=signed")));
        } finally {
            Faults.clear();
        }
    }
}
