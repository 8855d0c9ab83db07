package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.connectgateway.support.Breakers;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.Sandbox;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.SettableClock;
import com.connectgateway.support.Storm;
import com.connectgateway.support.profiles.NoBackgroundRenewal;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent callers needing one session's upstream token cause exactly one token request.
 * The background renewer is off here so the sandbox's counter sees only these callers. The
 * gateway's clock is moved to make tokens due or expired; the sandbox keeps real time, so a token
 * the gateway holds for expired is one it no longer uses. The storms are sized to overlap, not to
 * load the machine: every caller's thread is waiting before any is released ({@link Storm}), and
 * where it matters the token endpoint is slowed so the one refresh is still running while they ask.
 */
@QuarkusTest
@TestProfile(NoBackgroundRenewal.class)
class TokenStormTest {

    /** Concurrent callers of the broker: each one needs the token at the same moment. */
    private static final int CALLERS = 64;
    /** Concurrent searches through the legacy API: enough to overlap the one refresh many times over. */
    private static final int SEARCHES = 32;

    @Inject
    SessionBroker broker;

    @Inject
    UpstreamTokenRefresher refresher;

    private final SettableClock clock = new SettableClock();

    private String legacyToken;

    @BeforeEach
    void resetSandboxBreakersAndClock() {
        Sandbox.reset();
        Breakers.resetAll();
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void tokenInsideRenewalMarginIsRefreshedOnceAndNobodyWaits() throws Exception {
        Sandbox.tokenLifetimeSeconds(60); // inside the default five-minute margin from the start
        Session session = openSession();
        String before = session.upstream().accessToken();
        Sandbox.tokenLifetimeSeconds(1800); // the refreshed token is outside the margin

        List<String> seen = storm(session);

        assertThat(seen).hasSize(CALLERS).doesNotContainNull();
        // The sandbox counts a token request when it arrives; the new token is stored when it returns.
        await().atMost(Duration.ofSeconds(15)).until(() -> !current(session).upstream().accessToken().equals(before));
        String after = current(session).upstream().accessToken();
        // Callers were served the still-valid token or, if they came late, the fresh one.
        assertThat(new HashSet<>(seen)).isSubsetOf(Set.of(before, after));
        assertThat(broker.upstreamAccessToken(current(session))).isEqualTo(after);
        assertThat(Sandbox.tokenRequests()).isEqualTo(2); // CreateSession's grant plus exactly one refresh
    }

    @Test
    void expiredTokenMakesAllCallersShareOneRefresh() throws Exception {
        Sandbox.tokenLifetimeSeconds(1);
        Session session = openSession();
        String expired = session.upstream().accessToken();
        Sandbox.tokenEndpoint(Map.of("expiresInSeconds", 1800, "delayMillis", 200));
        clock.advance(Duration.ofSeconds(2));
        assertThat(session.upstream().expiredAt(clock.instant())).isTrue();

        List<String> seen = storm(session);

        assertThat(new HashSet<>(seen)).hasSize(1).doesNotContain(expired).doesNotContainNull();
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void stormOfRealSearchesOnOneSessionCausesOneTokenRequest() throws Exception {
        Sandbox.tokenLifetimeSeconds(60); // inside the five-minute margin
        Session session = openSession();
        // The refreshed token is outside the margin; the refresh takes long enough for the searches to overlap it.
        Sandbox.tokenEndpoint(Map.of("expiresInSeconds", 1800, "delayMillis", 300));
        Map<String, Object> body = SearchRequests.creative(SearchRequests.body(1, 1));

        List<String> statuses = Storm.of(SEARCHES,
                () -> SearchRequests.search(legacyToken, body).extract().as(JsonBody.class).getString("ResponseHeader.Status"));

        assertThat(statuses).hasSize(SEARCHES).containsOnly("success");
        // The sandbox counts a token request when it arrives; the new token is stored when it returns.
        await().atMost(Duration.ofSeconds(15)).until(() ->
                !current(session).upstream().accessToken().equals(session.upstream().accessToken()));
        assertThat(Sandbox.tokenRequests()).isEqualTo(2);
    }

    @Test
    void expiredTokenWithTokenEndpointDownIsDependentServiceDown() {
        Sandbox.tokenLifetimeSeconds(1);
        Session session = openSession();
        Sandbox.failTokenEndpoint(503);
        clock.advance(Duration.ofSeconds(2));
        assertThat(session.upstream().expiredAt(clock.instant())).isTrue();

        assertThatThrownBy(() -> broker.upstreamAccessToken(session))
                .isInstanceOfSatisfying(LegacyFault.class,
                        fault -> assertThat(fault.code()).isEqualTo(StatusCode.DEPENDENT_SERVICE_DOWN));
    }

    private Session openSession() {
        legacyToken = (String) LegacyApi.createUserSession().get("Token");
        assertThat(Sandbox.tokenRequests()).isEqualTo(1);
        Session session = broker.authenticate(legacyToken).session();
        // Past three quarters of the token's life (the renewal point of tokens shorter than the
        // margin), still before its expiry.
        clock.advance(session.upstream().lifetime().multipliedBy(4).dividedBy(5));
        assertThat(refresher.needsRefresh(session, clock.instant())).isTrue();
        return session;
    }

    /** The stored state of the session opened by {@link #openSession()}. */
    private Session current(Session session) {
        return broker.authenticate(legacyToken).session();
    }

    /** {@link #CALLERS} concurrent callers asking the broker for the session's upstream token. */
    private List<String> storm(Session session) throws Exception {
        return Storm.of(CALLERS, () -> broker.upstreamAccessToken(session));
    }
}
