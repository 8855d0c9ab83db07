package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.SandboxConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox OAuth2 server: client_credentials, password and refresh_token grants with real
 * expiry, RFC 6749 style errors, a request counter, and a switchable failure for tests and demos.
 */
@ApplicationScoped
public class SandboxTokenIssuer {

    /** Who a token was issued to; {@code user} is null for client_credentials tokens. */
    public record Grantee(String clientId, String user) {
    }

    private record Issued(Grantee grantee, Instant expiresAt) {
    }

    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(365);
    static final long MAX_REFRESH_TOKENS = 200_000;

    private final SecureRandom random = new SecureRandom();

    private final SandboxConfig config;
    private final Clock clock;
    /**
     * Forgets each token once it has expired (an expired one is refused all the same), so memory
     * follows the tokens alive, not all ever issued. Caffeine reads time from {@link #clock}.
     */
    private final Cache<String, Issued> accessTokens;
    /**
     * Refresh tokens live a year (the legacy docs' figure) and at most {@link #MAX_REFRESH_TOKENS}
     * are kept, the oldest going first: every password and refresh grant adds one, so without a
     * bound a session flood would grow the sandbox for a year.
     */
    private final Cache<String, Grantee> refreshTokens;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong requestsWithoutApiKey = new AtomicLong();
    private volatile TokenEndpointBehaviour behaviour = TokenEndpointBehaviour.NORMAL;

    /**
     * Its own clock, not the gateway's {@code Clock} bean: the sandbox shares nothing with the
     * gateway, and tests that move the gateway's clock still meet a v3 that keeps real time.
     */
    @Inject
    SandboxTokenIssuer(SandboxConfig config) {
        this(config, Clock.systemUTC());
    }

    /** For tests that move time. */
    SandboxTokenIssuer(SandboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.accessTokens = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.creating((String token, Issued issued) -> remaining(issued)))
                .executor(Runnable::run)
                .build();
        this.refreshTokens = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(REFRESH_TOKEN_LIFETIME)
                .maximumSize(MAX_REFRESH_TOKENS)
                .executor(Runnable::run)
                .build();
    }

    /**
     * Handles one token request (the caller applies {@link #behaviour()}'s delay first). The real
     * token endpoint does not need an Api-Key header; requests without one are only counted, so
     * tests can check the gateway sends it everywhere.
     */
    SandboxAnswer grant(Map<String, String> form, boolean withApiKey) {
        requests.incrementAndGet();
        if (!withApiKey) {
            requestsWithoutApiKey.incrementAndGet();
        }
        TokenEndpointBehaviour current = behaviour;
        if (current.failStatus() != null) {
            return SandboxAnswer.oauthError(current.failStatus(), "temporarily_unavailable", "Injected failure.");
        }
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return SandboxAnswer.oauthError(400, "invalid_request", "grant_type is required.");
        }
        if (!SandboxAccounts.validClient(form.get("client_id"), form.get("client_secret"))) {
            return SandboxAnswer.oauthError(401, "invalid_client", "Unknown client or wrong secret.");
        }
        String clientId = form.get("client_id");
        return switch (grantType) {
            case "client_credentials" -> issue(new Grantee(clientId, null), false, true);
            case "password" -> SandboxAccounts.validUser(form.get("username"), form.get("password"))
                    ? issue(new Grantee(clientId, form.get("username")), true, false)
                    : SandboxAnswer.oauthError(400, "invalid_grant", "Wrong user name or password.");
            case "refresh_token" -> {
                Grantee grantee = refreshTokens.getIfPresent(String.valueOf(form.get("refresh_token")));
                yield grantee != null && grantee.clientId().equals(clientId)
                        ? issue(grantee, true, false)
                        : SandboxAnswer.oauthError(400, "invalid_grant", "Unknown refresh token.");
            }
            default -> SandboxAnswer.oauthError(400, "unsupported_grant_type", "Grant type not supported.");
        };
    }

    /** Who holds this access token, if it is one of ours and not expired. */
    public Optional<Grantee> grantee(String accessToken) {
        Issued issued = accessToken == null ? null : accessTokens.getIfPresent(accessToken);
        if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(issued.grantee());
    }

    private Duration remaining(Issued issued) {
        Duration left = Duration.between(clock.instant(), issued.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Access tokens still remembered; expired ones are pruned first. */
    long accessTokenCount() {
        accessTokens.cleanUp();
        return accessTokens.estimatedSize();
    }

    /** Refresh tokens still remembered. */
    long refreshTokenCount() {
        refreshTokens.cleanUp();
        return refreshTokens.estimatedSize();
    }

    public long requestCount() {
        return requests.get();
    }

    public long requestsWithoutApiKey() {
        return requestsWithoutApiKey.get();
    }

    public TokenEndpointBehaviour behaviour() {
        return behaviour;
    }

    public void behaveAs(TokenEndpointBehaviour next) {
        behaviour = next;
    }

    public void reset() {
        behaviour = TokenEndpointBehaviour.NORMAL;
        requests.set(0);
        requestsWithoutApiKey.set(0);
    }

    /**
     * {@code expiresInAsText}: real answers show {@code expires_in} both ways, the string "1800"
     * for client credentials (2015 v3 docs) and the number 1800 for the password grant
     * (Connect-era docs); the sandbox does the same, so clients must parse both.
     */
    private SandboxAnswer issue(Grantee grantee, boolean withRefreshToken, boolean expiresInAsText) {
        Duration lifetime = behaviour.lifetime() != null ? behaviour.lifetime() : config.tokenLifetime();
        String access = randomToken();
        accessTokens.put(access, new Issued(grantee, clock.instant().plus(lifetime)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", expiresInAsText ? String.valueOf(lifetime.toSeconds()) : lifetime.toSeconds());
        if (withRefreshToken) {
            String refresh = randomToken();
            refreshTokens.put(refresh, grantee);
            body.put("refresh_token", refresh);
        }
        return new SandboxAnswer(200, body);
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
