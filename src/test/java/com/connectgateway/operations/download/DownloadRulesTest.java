package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.Downloads.largest;
import static com.connectgateway.support.Downloads.sizes;
import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a download can be refused, and that items of one request fail independently. */
@QuarkusTest
class DownloadRulesTest {

    @jakarta.inject.Inject
    com.connectgateway.session.SessionBroker broker;

    @jakarta.inject.Inject
    DownloadTokenCodec tokens;

    private String token;
    private String secureToken;
    private String imageId;

    @BeforeEach
    void session() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        token = (String) session.get("Token");
        secureToken = (String) session.get("SecureToken");
        imageId = Downloads.creativeImage(token, Downloads::downloadable);
    }

    @Test
    void createDownloadRequestIsHttpsAndSecureTokenOnly() {
        String downloadToken = Downloads.largestToken(token, imageId);
        create(LegacyApi.overHttp(), token, List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresHttps")))
                .body(at("CreateDownloadRequestResult", nullValue()));
        create(LegacyApi.overHttps(), token, List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("OperationRequiresSecureToken")));
        create(LegacyApi.overHttp(), secureToken, List.of(downloadToken))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("SecureTokenPassedOverHttp")));
        assertThat(Downloads.v3Downloads().getList("$")).isEmpty();
    }

    @Test
    void tamperedGarbageAndForeignTokensFailPerItemWhileGoodOnesSucceed() {
        String good = Downloads.largestToken(token, imageId);
        String tampered = tamper(good);
        Map<String, Object> other = LegacyApi.createUserSession();
        String foreign = Downloads.largestToken((String) other.get("Token"), imageId);

        var response = create(LegacyApi.overHttps(), secureToken, List.of(good, tampered, "garbage", foreign))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("CreateDownloadRequestResult.DownloadUrls", hasSize(4)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[1].Status", equalTo("InvalidToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[1].UrlAttachment", nullValue()))
                .body(at("CreateDownloadRequestResult.DownloadUrls[2].Status", equalTo("InvalidToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[3].Status", equalTo("NoAccess")))
                // Clients index by ImageId: readable tokens name their image and size, broken ones cannot.
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(imageId)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[3].ImageId", equalTo(imageId)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[3].SizeName", notNullValue()))
                .body(at("CreateDownloadRequestResult.DownloadUrls[1].ImageId", nullValue()))
                .body(at("CreateDownloadRequestResult.DownloadUrls[2].ImageId", nullValue()))
                .body(at("ResponseHeader.StatusList.Code", hasItem("InvalidDownloadToken")))
                .body(at("ResponseHeader.StatusList.Code", hasItem("NoAuthorizations")));
        response.body(at("ResponseHeader.StatusList.Type", hasItem("Warning")));
        // Only the good token reached v3.
        assertThat(Downloads.v3Downloads().getList("$")).hasSize(1);
    }

    @Test
    void allItemsRefusedIsAnError() {
        create(LegacyApi.overHttps(), secureToken, List.of("garbage"))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidDownloadToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("InvalidToken")));
    }

    @Test
    void downloadLimitReached() {
        String downloadToken = Downloads.largestToken(token, imageId);
        String productId = largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].ProductOfferingInstanceId");
        Downloads.productRemaining(productId, 0);
        create(LegacyApi.overHttps(), secureToken, List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")))
                .body(at("ResponseHeader.StatusList[0].Message", containsString("limit")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("NoAccess")));
    }

    @Test
    void anonymousSessionsHaveNoAuthorizations() {
        String anonymous = (String) LegacyApi.createApplicationSession().get("Token");
        largest(anonymous, List.of(imageId))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")))
                .body(at("GetLargestImageDownloadAuthorizationsResult.Images", hasSize(0)));
    }

    @Test
    void anonymousSessionCannotDownloadEvenWithAValidToken() {
        // No authorization operation gives an anonymous session a token, so mint one as if it had.
        Map<String, Object> anonymous = LegacyApi.createApplicationSession();
        String sessionId = broker.authenticate((String) anonymous.get("Token")).session().id();
        String downloadToken = tokens.issue(DownloadGrant.AssetType.IMAGE, imageId, null, null, "premiumaccess", "1234", sessionId);
        create(LegacyApi.overHttps(), (String) anonymous.get("SecureToken"), List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("error")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-021")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("NoAccess")));
        assertThat(Downloads.v3Downloads().getInt("[0].status")).isEqualTo(403);
    }

    @Test
    void callForImageImagesHaveNoAuthorizations() {
        String callForImage = Downloads.creativeImage(token, Downloads::callForImage);
        largest(token, List.of(callForImage, imageId))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoAuthorizations")))
                .body(at("GetLargestImageDownloadAuthorizationsResult.Images.ImageId", org.hamcrest.Matchers.contains(imageId)));
    }

    @Test
    void unknownImagesAndTooManyIds() {
        largest(token, List.of("999999999", imageId))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("ImageNotFound")))
                .body(at("ResponseHeader.StatusList[0].Type", equalTo("Warning")));
        largest(token, IntStream.range(0, 501).mapToObj(i -> Integer.toString(100000001 + i)).toList())
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AssetIdListExceedsMaxAllowed")));
        largest(token, List.of()).body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")));
    }

    @Test
    void unknownAndMismatchedSizeKeys() {
        String sizeKey = largest(token, List.of(imageId)).extract().as(JsonBody.class)
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].SizeKey");
        sizes(token, List.of(
                Map.of("ImageId", imageId, "SizeKey", "not-a-size-key"),
                Map.of("ImageId", "100000001", "SizeKey", sizeKey),
                Map.of("ImageId", imageId, "SizeKey", sizeKey)))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("GetImageDownloadAuthorizationsResult.Images.Status",
                        org.hamcrest.Matchers.contains("InvalidSizeKey", "InvalidSizeKey", "available")))
                .body(at("GetImageDownloadAuthorizationsResult.Images[0].SizeKey", equalTo("not-a-size-key")))
                .body(at("GetImageDownloadAuthorizationsResult.Images[0].Authorizations", hasSize(0)))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSizeKey")));
    }

    /** Changes one character of the signed part, as a client fiddling with the image id would. */
    private static String tamper(String token) {
        int dot = token.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        String altered = payload.replaceFirst("\\|(\\d)", "|9");
        assertThat(altered).isNotEqualTo(payload);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(altered.getBytes(StandardCharsets.UTF_8)) + token.substring(dot);
    }
}
