package com.connectgateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The legacy download calls, and images of the sandbox catalog picked for download tests. */
public final class Downloads {

    private Downloads() {
    }

    public static ValidatableResponse largest(String token, List<String> imageIds) {
        return LegacyApi.post(LegacyApi.overHttp().log().ifValidationFails(), "/v1/download/GetLargestImageDownloadAuthorizations",
                LegacyApi.envelope(token, null, "GetLargestImageDownloadAuthorizationsRequestBody",
                        Map.of("Images", imageIds.stream().map(id -> Map.of("ImageId", id)).toList())));
    }

    public static ValidatableResponse sizes(String token, List<Map<String, String>> imageSizes) {
        return LegacyApi.post(LegacyApi.overHttp(), "/v1/download/GetImageDownloadAuthorizations",
                LegacyApi.envelope(token, null, "GetImageDownloadAuthorizationsRequestBody", Map.of("ImageSizes", imageSizes)));
    }

    public static ValidatableResponse create(io.restassured.specification.RequestSpecification transport, String token,
            List<String> downloadTokens) {
        return LegacyApi.post(transport, "/v1/download/CreateDownloadRequest",
                LegacyApi.envelope(token, "dl", "CreateDownloadRequestBody",
                        Map.of("DownloadItems", downloadTokens.stream().map(t -> Map.of("DownloadToken", t)).toList())));
    }

    /** The first DownloadToken GetLargestImageDownloadAuthorizations gives for the image. */
    public static String largestToken(String token, String imageId) {
        return largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].DownloadToken");
    }

    /** A creative image whose search entry matches, found by paging through the catalog. */
    public static String creativeImage(String token, Predicate<Map<String, Object>> wanted) {
        for (int start = 1; start < 760; start += 75) {
            Map<String, Object> body = SearchRequests.creative(SearchRequests.body(start, 75));
            List<Map<String, Object>> images = SearchRequests.searchOk(token, body).getList("SearchForImagesResult.Images");
            for (Map<String, Object> image : images) {
                if (wanted.test(image)) {
                    return (String) image.get("ImageId");
                }
            }
        }
        throw new IllegalStateException("no such image in the sandbox catalog");
    }

    @SuppressWarnings("unchecked")
    public static boolean downloadable(Map<String, Object> image) {
        return !((List<String>) image.get("ApplicableProductOfferings")).isEmpty()
                && ((List<String>) image.get("AuthorizationConstraints")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    public static boolean callForImage(Map<String, Object> image) {
        return ((List<String>) image.get("AuthorizationConstraints")).contains("CallForImage");
    }

    public static void productRemaining(String productId, int remaining) {
        given().port(LegacyApi.sandboxPort()).contentType("application/json").body(Map.of("downloadsRemaining", remaining))
                .put("/sandbox/control/products/" + productId).then().statusCode(200);
    }

    /** The download POSTs the sandbox received since the last reset. */
    public static JsonBody v3Downloads() {
        return given().port(LegacyApi.sandboxPort()).get("/sandbox/control/downloads").then().statusCode(200).extract().as(JsonBody.class);
    }
}
