package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenEndpoint;
import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenEndpointInput;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Legacy sessions on top of upstream OAuth2 tokens: opens them with the matching grant, finds them
 * by legacy token, renews them, and hands out a valid upstream access token for each call.
 */
@ApplicationScoped
public class SessionBroker {

    private static final Logger LOG = Logger.getLogger(SessionBroker.class);

    private final SessionStore store;
    private final TokenEndpoint tokenEndpoint;
    private final UpstreamTokenRefresher refresher;
    private final SessionConfig config;
    private final LegacyTokens tokens;
    private final RenewalFlights flights;
    private final Clock clock;

    SessionBroker(SessionStore store, TokenEndpoint tokenEndpoint, UpstreamTokenRefresher refresher,
            SessionConfig config, LegacyTokens tokens, RenewalFlights flights, Clock clock) {
        if (config.keptTokenPairs() < 2) {
            throw new IllegalStateException("gateway.session.kept-token-pairs must be at least 2");
        }
        this.tokens = tokens;
        this.flights = flights;
        this.store = store;
        this.tokenEndpoint = tokenEndpoint;
        this.refresher = refresher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Opens a user session (password grant) when a user name is given, else an application session.
     * {@code system} is the legacy SystemId the client sent; the session counts against its quota.
     *
     * @throws LegacyFault MaxExceeded when the system is at its session quota or the store is full
     *         of live sessions (after the upstream grant: the credentials are checked first)
     */
    public IssuedTokens open(String system, ApiCredentials credentials, String userName, String userPassword) {
        boolean user = userName != null && !userName.isBlank();
        if (user && (userPassword == null || userPassword.isEmpty())) {
            throw new LegacyFault(StatusCode.INVALID_USERNAME_OR_PASSWORD, "UserPassword is required with UserName.");
        }
        if (!TokenEndpointInput.acceptable(userName) || !TokenEndpointInput.acceptable(userPassword)) {
            throw new LegacyFault(StatusCode.INVALID_USERNAME_OR_PASSWORD);
        }
        TokenGrant grant = user ? new TokenGrant.Password(userName, userPassword) : new TokenGrant.ClientCredentials();
        UpstreamToken upstream;
        try {
            upstream = tokenEndpoint.grant(credentials, grant);
        } catch (TokenEndpointException e) {
            throw switch (e.reason()) {
                case CLIENT_REJECTED -> new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
                case GRANT_REJECTED -> new LegacyFault(user ? StatusCode.INVALID_USERNAME_OR_PASSWORD
                        : StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
                case UNAVAILABLE -> dependentServiceDown();
            };
        }
        String token = this.tokens.mint();
        String secureToken = this.tokens.mint();
        Session session = new Session(UUID.randomUUID().toString(), user ? SessionKind.USER : SessionKind.APPLICATION, system,
                List.of(new TokenPair(tokens.digest(token), tokens.digest(secureToken))), credentials, upstream, legacyExpiry());
        admit(session);
        return new IssuedTokens(token, secureToken, durationMinutes(config.tokenDuration()));
    }

    /**
     * The session a legacy token belongs to.
     *
     * @throws LegacyFault AUTH-010 for an unknown token, AUTH-012 for an expired one
     */
    public TokenMatch authenticate(String legacyToken) {
        if (legacyToken == null || legacyToken.isBlank()) {
            throw new LegacyFault(StatusCode.AUTH_010, "A token is required.");
        }
        TokenMatch match = store.findByTokenDigest(tokens.digest(legacyToken))
                .orElseThrow(() -> new LegacyFault(StatusCode.AUTH_010));
        if (match.session().expiredAt(clock.instant())) {
            throw new LegacyFault(StatusCode.AUTH_012);
        }
        return match;
    }

    /** Makes exactly this SecureToken unusable (it was exposed over plain HTTP); the rest of the session stays. */
    public void revokeSecureToken(TokenMatch exposed) {
        store.update(exposed.session().id(), s -> s.withoutSecureToken(exposed.digest()));
        LOG.infof("Revoked the secure token of %s that was sent over plain HTTP; its other tokens stay valid",
                exposed.session());
    }

    /**
     * RenewSession: a new token pair and a fresh duration for the whole session. The earlier pairs
     * stay valid until the same new expiry (up to {@code kept-token-pairs}), because legacy clients
     * go on with the CreateSession pair after renewing. Concurrent renewals of one session share
     * one renewal and its pair; the system credentials are checked for each caller.
     *
     * @throws LegacyFault FailedToRenewToken for an {@code /oauth2/token} access token or a refused
     *         upstream grant, InvalidSystemIdOrPassword for other credentials, DependentServiceDown
     */
    public IssuedTokens renew(TokenMatch caller, ApiCredentials presented) {
        Session session = caller.session();
        if (session.kind() == SessionKind.OAUTH2_PASSTHROUGH) {
            throw new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN, "An access token from /oauth2/token cannot be renewed"
                    + " by the gateway: request a new one from /oauth2/token, or open a session with CreateSession.");
        }
        if (!presented.equals(session.credentials())) { // constant time: see ApiCredentials
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
        }
        return flights.renew(session.id(), caller.digest(), () -> renewNow(session.id()));
    }

    /** One renewal: one upstream grant, then one atomic update that adds the pair and moves the expiry. */
    private RenewalFlights.Renewal renewNow(String sessionId) {
        refresher.refreshForRenewal(sessionId);
        String token = tokens.mint();
        String secureToken = tokens.mint();
        TokenPair pair = new TokenPair(tokens.digest(token), tokens.digest(secureToken));
        Instant expiry = legacyExpiry();
        Session renewed = store.update(sessionId, s -> s.renewed(pair, expiry, config.keptTokenPairs()))
                .orElseThrow(() -> new LegacyFault(StatusCode.AUTH_010));
        LOG.debugf("Renewed %s", renewed);
        return new RenewalFlights.Renewal(new IssuedTokens(token, secureToken, durationMinutes(config.tokenDuration())),
                pair.secureTokenDigest(), clock.instant());
    }

    /**
     * Registers an access token the client obtained through the gateway's {@code /oauth2/token}
     * proxy, so it is accepted as a standard legacy token until it expires. It counts against the
     * quota of its {@code client_id}, like a session of that system.
     *
     * @throws LegacyFault MaxExceeded as for {@link #open}
     */
    public void adoptUpstreamToken(String apiKey, UpstreamToken token) {
        String digest = tokens.digest(token.accessToken());
        admit(new Session("oauth2-" + digest, SessionKind.OAUTH2_PASSTHROUGH, Objects.requireNonNullElse(apiKey, ""),
                List.of(new TokenPair(digest, null)), new ApiCredentials(apiKey, null),
                new UpstreamToken(token.accessToken(), null, token.expiresAt()), token.expiresAt()));
    }

    /**
     * Refusals are MaxExceeded, the legacy code for "more than the maximum allowed": not an AUTH-*
     * code, which would send clients into a re-authentication loop, and not
     * InvalidSystemIdOrPassword, as the credentials are fine.
     */
    private void admit(Session session) {
        switch (store.add(session)) {
            case ADMITTED -> LOG.debugf("Opened %s", session);
            case SYSTEM_QUOTA_REACHED -> throw new LegacyFault(StatusCode.MAX_EXCEEDED, "The session quota of this system is"
                    + " reached (" + config.maxSessionsPerSystem() + " sessions): go on with or renew an open session instead"
                    + " of opening new ones, or retry once one has expired.");
            case STORE_FULL -> throw new LegacyFault(StatusCode.MAX_EXCEEDED, "The gateway holds the most sessions it can ("
                    + config.maxSessions() + "), none of them expired: retry later.");
        }
    }

    /** A valid upstream access token for a call made on behalf of this session. */
    public String upstreamAccessToken(Session session) {
        // The session was read when the request authenticated. While its upstream token is not due it
        // is the one to use; only a due or expired token is worth reading the store again for (another
        // thread or replica may have renewed it). With Redis that saves a round trip per request.
        Instant now = clock.instant();
        boolean stale = refresher.needsRefresh(session, now) || session.upstream().expiredAt(now);
        return refresher.accessToken(stale ? store.findById(session.id()).orElse(session) : session);
    }

    /** How v3 calls on behalf of this session identify themselves. */
    public V3Caller v3Caller(Session session) {
        return new V3Caller(session.credentials().apiKey(), upstreamAccessToken(session), null);
    }

    /**
     * Runs a unit of v3 work for the session. When v3 refuses the upstream token (401) the token is
     * dropped, fetched again once and the work replayed once; a second 401 is AUTH-021. Replayed
     * only while nothing of the work may have acted at v3 ({@link com.connectgateway.upstream.V3Effects}):
     * reads always qualify, a download or write only when v3 refused it with 401; after a write that
     * was sent (answered, timed out, cut off) a later 401 is passed on rather than repeat the write.
     */
    public <T> T withUpstream(Session session, Function<V3Caller, T> work) {
        V3Caller first = v3Caller(session);
        try {
            return work.apply(first);
        } catch (V3Failure failure) {
            if (failure.status() != 401) {
                throw failure;
            }
            if (first.effects().anyPossiblyApplied()) {
                LOG.infof("v3 refused the upstream token of %s after a write of the same work was sent; not replaying it", session);
                throw failure;
            }
            LOG.infof("v3 refused the upstream token of %s; fetching a new one", session);
            V3Caller renewed = new V3Caller(session.credentials().apiKey(), refresher.refreshNow(session, first.accessToken()), null);
            try {
                return work.apply(renewed);
            } catch (V3Failure again) {
                if (again.status() == 401) {
                    throw new LegacyFault(StatusCode.AUTH_021);
                }
                throw again;
            }
        }
    }

    private Instant legacyExpiry() {
        return clock.instant().plus(config.tokenDuration());
    }

    /** Whole minutes, rounded up, so sub-minute test lifetimes still read as a positive number. */
    static int durationMinutes(Duration duration) {
        return (int) Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    private static LegacyFault dependentServiceDown() {
        return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The authentication service is unavailable.");
    }
}
