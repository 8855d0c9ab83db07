package com.connectgateway.session;

import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.LogCapture;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.profiles.NoBackgroundRenewal;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstream tokens are renewed in the background before they expire, and failures are survived
 * with backoff. The scheduler is off in this profile; the test runs the renewer's pass itself
 * ({@link UpstreamTokenRenewer#renewDueTokens()}, what the schedule calls every interval) and moves
 * the gateway's clock instead of waiting, so the backoff is stepped through exactly. The refreshes a
 * pass starts still run in the background, so their effect is awaited.
 */
@QuarkusTest
@TestProfile(NoBackgroundRenewal.class)
class BackgroundRenewalTest {

    /** The sandbox's token lifetime; with the default five-minute margin a token is due after 25 minutes. */
    private static final Duration INTO_THE_MARGIN = Duration.ofMinutes(25).plusSeconds(1);
    /** The backoff after the first failed refresh; it doubles after each further failure. */
    private static final Duration FIRST_BACKOFF = NoBackgroundRenewal.REFRESH_BACKOFF;
    /**
     * Past the legacy expiry of every session opened before (30 minutes, also of this class's own):
     * the renewer looks at live sessions only, so those of other tests sharing the application never
     * add token requests here. One clock for the class, so each test's jump adds to the last.
     */
    private static final Duration PAST_EARLIER_SESSIONS = Duration.ofDays(1);
    private static final Duration POLL = Duration.ofMillis(50);

    private static final SettableClock CLOCK = new SettableClock();

    @Inject
    SessionBroker broker;

    @Inject
    UpstreamTokenRenewer renewer;

    @Inject
    SessionStore store;

    private final LogCapture failures = LogCapture.messagesContaining("refresh failed");
    private final Logger refresherLog = Logger.getLogger(UpstreamTokenRefresher.class.getName());

    @BeforeEach
    void installClock() {
        Sandbox.reset();
        QuarkusMock.installMockForType(CLOCK, Clock.class);
        CLOCK.advance(PAST_EARLIER_SESSIONS);
        refresherLog.addHandler(failures);
    }

    @AfterEach
    void resetSandbox() {
        refresherLog.removeHandler(failures);
        Sandbox.reset();
    }

    @Test
    void renewedBeforeExpiryWithoutAnyRequest() {
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);

        renewDueTokens(opened); // not due yet: nothing to do
        CLOCK.advance(INTO_THE_MARGIN);
        assertThat(opened.upstream().expiredAt(CLOCK.instant())).as("due, not expired").isFalse();
        renewDueTokens(opened);

        await().atMost(Duration.ofSeconds(5)).pollInterval(POLL).untilAsserted(() ->
                assertThat(broker.authenticate(legacyToken).session().upstream().accessToken())
                        .isNotEqualTo(opened.upstream().accessToken()));
        Session renewed = broker.authenticate(legacyToken).session();
        assertThat(renewed.upstream().expiresAt()).isAfter(opened.upstream().expiresAt());
        assertThat(Sandbox.tokenRequests()).as("CreateSession's grant plus one renewal").isEqualTo(2);
        // The renewed token is the one v3 sees now, and it works there.
        assertThat(broker.upstreamAccessToken(renewed)).isEqualTo(renewed.upstream().accessToken());
        searchSucceeds(legacyToken);
        assertThat(failures.lines()).isEmpty();
    }

    @Test
    void failedRefreshKeepsServingTheValidTokenBacksOffAndRecovers() {
        String legacyToken = (String) LegacyApi.createUserSession().get("Token");
        Session opened = broker.authenticate(legacyToken).session();
        String original = opened.upstream().accessToken();
        Sandbox.failTokenEndpoint(503);
        CLOCK.advance(INTO_THE_MARGIN);

        // First attempt: fails, and the backoff starts.
        renewDueTokens(opened);
        awaitFailures(opened, 1);
        assertThat(failures.lines().get(0)).contains("next try in " + FIRST_BACKOFF);
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);

        // At once again: still inside the backoff, so no token call, and the valid token is served
        // (a request asking for it respects the backoff too). A call would go out within
        // milliseconds; the window below is far longer.
        renewDueTokens(opened);
        assertThat(broker.upstreamAccessToken(broker.authenticate(legacyToken).session())).isEqualTo(original);
        await("no token call inside the backoff").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).pollInterval(POLL)
                .until(() -> Sandbox.tokenRequests() == 2 && failures.lines().size() == 1);

        // Past the backoff: the second attempt, which fails too and doubles the backoff.
        CLOCK.advance(FIRST_BACKOFF.plusMillis(1));
        renewDueTokens(opened);
        awaitFailures(opened, 2);
        assertThat(failures.lines().get(1)).contains("next try in " + FIRST_BACKOFF.multipliedBy(2));
        assertThat(Sandbox.tokenRequests()).isEqualTo(3);
        // All along the still-valid token is served, and v3 accepts it.
        assertThat(broker.upstreamAccessToken(broker.authenticate(legacyToken).session())).isEqualTo(original);
        searchSucceeds(legacyToken);

        // The endpoint heals; once the doubled backoff has passed, the next pass renews the token.
        Sandbox.tokenEndpoint(Map.of());
        CLOCK.advance(FIRST_BACKOFF.multipliedBy(2).plusMillis(1));
        renewDueTokens(opened);
        await().atMost(Duration.ofSeconds(5)).pollInterval(POLL).untilAsserted(() ->
                assertThat(broker.authenticate(legacyToken).session().upstream().accessToken()).isNotEqualTo(original));
        Session renewed = broker.authenticate(legacyToken).session();
        assertThat(broker.upstreamAccessToken(renewed)).isEqualTo(renewed.upstream().accessToken());
        assertThat(Sandbox.tokenRequests()).as("CreateSession, two failed attempts, one renewal").isEqualTo(4);
        assertThat(failures.lines()).hasSize(2);
        searchSucceeds(legacyToken);
    }

    /** A search with the legacy token succeeds: the upstream token the session holds is one v3 accepts. */
    private static void searchSucceeds(String legacyToken) {
        SearchRequests.search(legacyToken, SearchRequests.creative(SearchRequests.body(1, 1)))
                .body(at("ResponseHeader.Status", equalTo("success")));
    }

    /** One pass of the renewer, with only {@code session} live (no other test's session is counted here). */
    private void renewDueTokens(Session session) {
        assertThat(store.liveSessions(CLOCK.instant())).extracting(Session::id).containsExactly(session.id());
        renewer.renewDueTokens();
    }

    /**
     * The refresher logs a failure after it has recorded its backoff and before the refresh ends,
     * so once the line is there a new pass sees the backoff.
     */
    private void awaitFailures(Session session, int count) {
        await("refresh failure " + count + " logged").atMost(Duration.ofSeconds(5)).pollInterval(POLL)
                .until(() -> failures.lines().size() >= count);
        assertThat(failures.lines()).hasSize(count).allSatisfy(line -> assertThat(line).contains(session.id()));
    }

}
