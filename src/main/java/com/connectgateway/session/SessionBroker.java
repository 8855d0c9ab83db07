package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenEndpoint;
import com.connectgateway.upstream.TokenEndpointException;
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
    private final Clock clock;

    SessionBroker(SessionStore store, TokenEndpoint tokenEndpoint, UpstreamTokenRefresher refresher,
            SessionConfig config, LegacyTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.tokenEndpoint = tokenEndpoint;
        this.refresher = refresher;
        this.config = config;
        this.clock = clock;
    }

    /** Opens a user session (password grant) when a user name is given, else an application session. */
    public IssuedTokens open(ApiCredentials credentials, String userName, String userPassword) {
        boolean user = userName != null && !userName.isBlank();
        if (user && (userPassword == null || userPassword.isEmpty())) {
            throw new LegacyFault(StatusCode.INVALID_USERNAME_OR_PASSWORD, "UserPassword is required with UserName.");
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
        Session session = new Session(UUID.randomUUID().toString(), user ? SessionKind.USER : SessionKind.APPLICATION,
                tokens.digest(token), tokens.digest(secureToken), credentials, upstream, legacyExpiry());
        store.save(session);
        LOG.debugf("Opened %s", session);
        return new IssuedTokens(token, secureToken, durationMinutes());
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

    /** Makes the session's secure token unusable (it was exposed over plain HTTP). */
    public void revokeSecureToken(Session session) {
        store.update(session.id(), Session::withoutSecureToken);
        LOG.infof("Revoked the secure token of %s: it was sent over plain HTTP", session);
    }

    /**
     * Issues a new token pair and a fresh duration, renewing the upstream token with its refresh
     * token (or client_credentials for application sessions).
     */
    public IssuedTokens renew(Session session, ApiCredentials presented) {
        if (!presented.equals(session.credentials())) {
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
        }
        UpstreamToken upstream;
        try {
            UpstreamToken granted = tokenEndpoint.grant(session.credentials(), UpstreamTokenRefresher.renewalGrant(session));
            upstream = granted.refreshToken() == null && session.upstream().refreshToken() != null
                    ? new UpstreamToken(granted.accessToken(), session.upstream().refreshToken(), granted.expiresAt())
                    : granted;
        } catch (TokenEndpointException e) {
            throw e.reason() == TokenEndpointException.Reason.UNAVAILABLE
                    ? dependentServiceDown()
                    : new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN);
        }
        String token = this.tokens.mint();
        String secureToken = this.tokens.mint();
        Instant expiry = legacyExpiry();
        store.update(session.id(), s -> s.renewed(tokens.digest(token), tokens.digest(secureToken), upstream, expiry))
                .orElseThrow(() -> new LegacyFault(StatusCode.AUTH_010));
        LOG.debugf("Renewed %s", session);
        return new IssuedTokens(token, secureToken, durationMinutes());
    }

    /**
     * Registers an access token the client obtained through the gateway's {@code /oauth2/token}
     * proxy, so it is accepted as a standard legacy token until it expires.
     */
    public void adoptUpstreamToken(String apiKey, UpstreamToken token) {
        String digest = tokens.digest(token.accessToken());
        store.save(new Session("oauth2-" + digest, SessionKind.OAUTH2_PASSTHROUGH, digest, null,
                new ApiCredentials(apiKey, null), new UpstreamToken(token.accessToken(), null, token.expiresAt()),
                token.expiresAt()));
    }

    /** A valid upstream access token for a call made on behalf of this session. */
    public String upstreamAccessToken(Session session) {
        return refresher.accessToken(store.findById(session.id()).orElse(session));
    }

    /** How v3 calls on behalf of this session identify themselves. */
    public V3Caller v3Caller(Session session) {
        return new V3Caller(session.credentials().apiKey(), upstreamAccessToken(session), null);
    }

    /**
     * Runs a unit of v3 work for the session. When v3 refuses the upstream token (401) the token is
     * dropped, fetched again once and the work replayed once; a second 401 is AUTH-021. The work
     * must be safe to repeat after a 401 (a refused call changed nothing upstream).
     */
    public <T> T withUpstream(Session session, Function<V3Caller, T> work) {
        try {
            return work.apply(v3Caller(session));
        } catch (V3Failure failure) {
            if (failure.status() != 401) {
                throw failure;
            }
            LOG.infof("v3 refused the upstream token of %s; fetching a new one", session);
            V3Caller renewed = new V3Caller(session.credentials().apiKey(), refresher.refreshNow(session), null);
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
    private int durationMinutes() {
        Duration duration = config.tokenDuration();
        return (int) Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    private static LegacyFault dependentServiceDown() {
        return new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The authentication service is unavailable.");
    }
}
