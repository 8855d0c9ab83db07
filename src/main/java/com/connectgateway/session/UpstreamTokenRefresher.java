package com.connectgateway.session;

import com.connectgateway.upstream.TokenEndpoint;
import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamConfig;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Keeps each session's upstream access token valid. At most one refresh per session is in flight
 * (single-flight), so any number of concurrent callers cause one token call. A token inside the
 * renewal margin is still handed out while its refresh runs; only an expired one makes callers wait.
 * A failed refresh keeps the old token and is retried with exponential backoff.
 */
@ApplicationScoped
public class UpstreamTokenRefresher {

    private static final Logger LOG = Logger.getLogger(UpstreamTokenRefresher.class);

    private record Backoff(Instant nextAttempt, Duration delay) {
    }

    private final SessionStore store;
    private final TokenEndpoint tokenEndpoint;
    private final SessionConfig config;
    private final UpstreamConfig upstreamConfig;
    private final Clock clock;
    private final Map<String, CompletableFuture<Session>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Backoff> failures = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    UpstreamTokenRefresher(SessionStore store, TokenEndpoint tokenEndpoint, SessionConfig config,
            UpstreamConfig upstreamConfig, Clock clock) {
        this.store = store;
        this.tokenEndpoint = tokenEndpoint;
        this.config = config;
        this.upstreamConfig = upstreamConfig;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(config.refreshThreads(), runnable -> {
            Thread thread = new Thread(runnable, "upstream-token-refresh-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** A usable upstream access token for the session, refreshing it when needed. */
    public String accessToken(Session session) {
        UpstreamToken token = session.upstream();
        Instant now = clock.instant();
        if (!needsRefresh(session, now)) {
            return token.accessToken();
        }
        if (!token.expiredAt(now)) {
            refreshInBackground(session);
            return token.accessToken();
        }
        // Expired: nothing valid to hand out, so wait for the shared refresh.
        return await(refresh(session.id(), false));
    }

    /**
     * A new upstream token now, whatever the old one's expiry says: v3 refused it (401). Concurrent
     * callers share one refresh.
     *
     * @throws LegacyFault AUTH-021 when the upstream refuses to renew, DependentServiceDown when unreachable
     */
    public String refreshNow(Session session) {
        return await(refresh(session.id(), true));
    }

    /**
     * A new upstream token for RenewSession, stored in the session that is returned. Shares any
     * refresh already running for the session, so it adds no second grant.
     *
     * @throws LegacyFault FailedToRenewToken when the upstream refuses, DependentServiceDown when unreachable
     */
    Session refreshForRenewal(String sessionId) {
        return await(refresh(sessionId, true), new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN));
    }

    private String await(CompletableFuture<Session> refresh) {
        return await(refresh, new LegacyFault(StatusCode.AUTH_021, "The upstream no longer accepts this session; create a new session."))
                .upstream().accessToken();
    }

    /** Waits for a refresh, never longer than the token endpoint may take. */
    private Session await(CompletableFuture<Session> refresh, LegacyFault whenRefused) {
        try {
            return refresh.get(upstreamConfig.tokenTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LegacyFault fault) {
                throw fault; // the session is gone
            }
            if (e.getCause() instanceof TokenEndpointException refused
                    && refused.reason() != TokenEndpointException.Reason.UNAVAILABLE) {
                throw whenRefused;
            }
            throw new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The upstream token could not be renewed.");
        } catch (TimeoutException e) {
            throw new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The upstream token could not be renewed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN, "The upstream token could not be renewed.");
        }
    }

    /** Starts a refresh unless one is running or the last failure's backoff has not passed. */
    public void refreshInBackground(Session session) {
        Backoff backoff = failures.get(session.id());
        if (backoff != null && clock.instant().isBefore(backoff.nextAttempt())) {
            return;
        }
        refresh(session.id(), false);
    }

    /** Whether the session's upstream token is inside the renewal margin and can be renewed. */
    public boolean needsRefresh(Session session, Instant now) {
        return session.kind() != SessionKind.OAUTH2_PASSTHROUGH
                && !now.isBefore(session.upstream().expiresAt().minus(config.renewalMargin()));
    }

    private CompletableFuture<Session> refresh(String sessionId, boolean force) {
        CompletableFuture<Session> promise = new CompletableFuture<>();
        CompletableFuture<Session> running = inFlight.putIfAbsent(sessionId, promise);
        if (running != null) {
            return running;
        }
        try {
            executor.execute(() -> {
                try {
                    promise.complete(doRefresh(sessionId, force));
                } catch (Throwable failure) {
                    promise.completeExceptionally(failure);
                } finally {
                    inFlight.remove(sessionId, promise);
                }
            });
        } catch (RuntimeException rejected) {
            inFlight.remove(sessionId, promise);
            promise.completeExceptionally(rejected);
        }
        return promise;
    }

    private Session doRefresh(String sessionId, boolean force) {
        Session session = store.findById(sessionId)
                .orElseThrow(() -> new LegacyFault(StatusCode.AUTH_010));
        if (!force && !needsRefresh(session, clock.instant())) {
            return session; // someone refreshed it meanwhile
        }
        if (session.kind() == SessionKind.OAUTH2_PASSTHROUGH) {
            // The client holds this token's grant; the gateway cannot renew it.
            throw new TokenEndpointException(TokenEndpointException.Reason.GRANT_REJECTED, "pass-through token");
        }
        try {
            UpstreamToken fresh = tokenEndpoint.grant(session.credentials(), renewalGrant(session));
            failures.remove(sessionId);
            return store.update(sessionId, s -> s.withUpstream(keepRefreshToken(s.upstream(), fresh)))
                    .orElse(session.withUpstream(fresh));
        } catch (TokenEndpointException e) {
            Backoff next = failures.merge(sessionId,
                    new Backoff(clock.instant().plus(config.refreshBackoffInitial()), config.refreshBackoffInitial()),
                    (old, first) -> {
                        Duration delay = min(old.delay().multipliedBy(2), config.refreshBackoffMax());
                        return new Backoff(clock.instant().plus(delay), delay);
                    });
            LOG.warnf("Upstream token refresh failed for session %s (%s); keeping the current token, next try in %s",
                    sessionId, e.getMessage(), next.delay());
            throw e;
        }
    }

    /** The grant that renews this session's upstream token without the user's password. */
    static TokenGrant renewalGrant(Session session) {
        if (session.upstream().refreshToken() != null) {
            return new TokenGrant.RefreshToken(session.upstream().refreshToken());
        }
        if (session.kind() == SessionKind.USER) {
            // Without a refresh token a user token cannot be renewed without the password, which is
            // never kept; asking for client_credentials would silently drop the user.
            throw new TokenEndpointException(TokenEndpointException.Reason.GRANT_REJECTED,
                    "user session has no refresh token");
        }
        return new TokenGrant.ClientCredentials();
    }

    /** A grant answer without a refresh token leaves the one the session had in place. */
    private static UpstreamToken keepRefreshToken(UpstreamToken previous, UpstreamToken fresh) {
        return fresh.refreshToken() == null && previous.refreshToken() != null
                ? new UpstreamToken(fresh.accessToken(), previous.refreshToken(), fresh.expiresAt())
                : fresh;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
