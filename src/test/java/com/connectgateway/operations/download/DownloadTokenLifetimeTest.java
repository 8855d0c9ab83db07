package com.connectgateway.operations.download;

import static com.connectgateway.support.Downloads.create;
import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.connectgateway.support.Downloads;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without configuration a DownloadToken lives 24 hours, as the docs of both authorization
 * operations say. The gateway's clock is moved forward; the legacy session is made to outlive it.
 */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class DownloadTokenLifetimeTest {

    private final SettableClock clock = new SettableClock();

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void defaultLifetimeIsTwentyFourHours() {
        Sandbox.reset();
        Map<String, Object> session = LegacyApi.createUserSession();
        String token = (String) session.get("Token");
        String secureToken = (String) session.get("SecureToken");
        String imageId = Downloads.creativeImage(token, Downloads::downloadable);
        String first = Downloads.largestToken(token, imageId);
        String second = Downloads.largestToken(token, imageId);

        clock.advance(Duration.ofHours(23).plusMinutes(50));
        create(LegacyApi.overHttps(), secureToken, List.of(first))
                .body(at("ResponseHeader.Status", equalTo("success")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("Success")));

        clock.advance(Duration.ofMinutes(11));
        create(LegacyApi.overHttps(), secureToken, List.of(second))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("ExpiredDownloadToken")))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].Status", equalTo("ExpiredToken")))
                // An expired token still names its image and size: clients index by ImageId.
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].ImageId", equalTo(imageId)))
                .body(at("CreateDownloadRequestResult.DownloadUrls[0].SizeName", notNullValue()));
    }
}
