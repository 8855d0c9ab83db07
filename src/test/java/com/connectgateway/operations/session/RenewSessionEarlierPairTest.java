package com.connectgateway.operations.session;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttp;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static com.connectgateway.support.LegacyApi.renew;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.SettableClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official PHP samples: CreateSession, RenewSession, then everything with the CreateSession
 * pair. Both pairs stay valid until the renewed session expires, and then expire together.
 */
@QuarkusTest
class RenewSessionEarlierPairTest {

    private final SettableClock clock = new SettableClock();
    private String firstToken;
    private String firstSecureToken;

    @BeforeEach
    void session() {
        Sandbox.reset();
        QuarkusMock.installMockForType(clock, Clock.class);
        Map<String, Object> session = LegacyApi.createUserSession();
        firstToken = (String) session.get("Token");
        firstSecureToken = (String) session.get("SecureToken");
    }

    @Test
    void searchDetailsAndDownloadWorkWithTheCreateSessionPairAfterRenewing() {
        renew(overHttps(), firstSecureToken).body(at("ResponseHeader.Status", equalTo("success")));

        String imageId = Downloads.creativeImage(firstToken, Downloads::downloadable);
        details(firstToken, imageId).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("GetImageDetailsResult.Images[0].ImageId", equalTo(imageId)));
        String downloadToken = Downloads.largest(firstToken, List.of(imageId))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .extract().as(JsonBody.class).get("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].DownloadToken");
        Downloads.create(overHttps(), firstSecureToken, List.of(downloadToken))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")));
    }

    @Test
    void bothPairsLiveUntilTheRenewedExpiryAndThenExpireTogether() {
        clock.advance(Duration.ofMinutes(20));
        Map<String, Object> renewed = renew(overHttps(), firstSecureToken).body(at("ResponseHeader.Status", equalTo("success")))
                .extract().as(JsonBody.class).getMap("RenewSessionResult");
        List<String> all = List.of(firstToken, firstSecureToken, (String) renewed.get("Token"), (String) renewed.get("SecureToken"));

        // 35 minutes after CreateSession: past the first pair's own 30 minutes, inside the renewal's.
        clock.advance(Duration.ofMinutes(15));
        search(overHttp(), firstToken).body(at("ResponseHeader.Status", equalTo("success")));
        search(overHttps(), firstSecureToken).body(at("ResponseHeader.Status", equalTo("success")));
        search(overHttp(), (String) renewed.get("Token")).body(at("ResponseHeader.Status", equalTo("success")));

        // 51 minutes: the renewed lifetime (20 + 30) is over for every pair at once.
        clock.advance(Duration.ofMinutes(16));
        for (String token : all) {
            search(overHttps(), token).body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012")));
        }
        renew(overHttps(), firstSecureToken).body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-012")));
    }

    @Test
    void theFirstPairOutlivesSeveralRenewalsWithTheLatestPair() {
        String secure = firstSecureToken;
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(25));
            String previous = secure;
            secure = renew(overHttps(), secure).body(at("ResponseHeader.Status", equalTo("success")))
                    .extract().as(JsonBody.class).getString("RenewSessionResult.SecureToken");
            org.assertj.core.api.Assertions.assertThat(secure).isNotEqualTo(previous);
        }
        // Two hours on, the CreateSession pair is kept whatever the number of renewals.
        search(overHttp(), firstToken).body(at("ResponseHeader.Status", equalTo("success")));
        renew(overHttps(), firstSecureToken).body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("RenewSessionResult.SecureToken", not(equalTo(firstSecureToken))));
    }

    private static ValidatableResponse search(io.restassured.specification.RequestSpecification transport, String token) {
        return post(transport, "/v2/search/SearchForImages",
                envelope(token, null, "SearchForImagesRequestBody", SearchRequests.creative(SearchRequests.body(1, 1))));
    }

    private static ValidatableResponse details(String token, String imageId) {
        return post(overHttp(), "/v1/search/GetImageDetails",
                envelope(token, null, "GetImageDetailsRequestBody", Map.of("ImageIds", List.of(imageId))));
    }
}
