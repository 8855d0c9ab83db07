package com.connectgateway.session;

import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamConfig;
import com.connectgateway.upstream.UpstreamToken;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Keeps each session's upstream access token valid. At most one refresh per session is in flight
 * (single-flight), so any number of concurrent callers cause one token call; a refresh runs only if
 * it is still needed when its turn comes, so a caller that raced a finished refresh gets its token
 * instead of a second call. A token that is due for renewal is still handed out while its refresh
 * runs; only an expired one makes callers wait. A refresh that could not reach the endpoint keeps
 * the old token and is retried with exponential backoff; one the endpoint refused (e.g.
 * {@code invalid_grant}) is final: the token is used until it expires, then AUTH-021.
 */
@ApplicationScoped
public class UpstreamTokenRefresher {

    private static final Logger LOG = Logger.getLogger(UpstreamTokenRefresher.class);

    private record Backoff(Instant nextAttempt, Duration delay) {
    }

    /** How often a replica waiting on another's refresh lease looks at the stored session again. */
    private static final Duration LEASE_POLL = Duration.ofMillis(25);

    private final SessionStore store;
    private final RefreshLeases leases;
    private final UpstreamGrant tokenEndpoint;
    private final SessionConfig config;
    private final RenewalSchedule schedule;
    private final Duration waitLimit;
    private final Clock clock;
    private final Map<String, CompletableFuture<Session>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Backoff> failures = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    @Inject
    UpstreamTokenRefresher(SessionStore store, RefreshLeases leases, UpstreamGrant tokenEndpoint, SessionConfig config,
            UpstreamConfig upstreamConfig, Clock clock) {
        this(store, leases, tokenEndpoint, config, upstreamConfig.tokenTimeout(), clock);
    }

    UpstreamTokenRefresher(SessionStore store, UpstreamGrant tokenEndpoint, SessionConfig config,
            Duration waitLimit, Clock clock) {
        this(store, RefreshLeases.LOCAL, tokenEndpoint, config, waitLimit, clock);
    }

    /** @param waitLimit longest a caller waits for a refresh: the token endpoint's timeout */
    UpstreamTokenRefresher(SessionStore store, RefreshLeases leases, UpstreamGrant tokenEndpoint, SessionConfig config,
            Duration waitLimit, Clock clock) {
        this.store = store;
        this.leases = leases;
        this.tokenEndpoint = tokenEndpoint;
        this.config = config;
        this.schedule = new RenewalSchedule(config);
        this.waitLimit = waitLimit;
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

    /**
     * A usable upstream access token for the session, refreshing it when needed.
     *
     * @throws LegacyFault AUTH-021 once the token expired after its renewal was refused
     */
    public String accessToken(Session session) {
        UpstreamToken token = session.upstream();
        Instant now = clock.instant();
        if (token.renewalRefused() && token.expiredAt(now)) {
            throw refusedUpstream();
        }
        if (!needsRefresh(session, now)) {
            return token.accessToken();
        }
        if (!token.expiredAt(now)) {
            refreshInBackground(session);
            return token.accessToken();
        }
        // Expired: nothing valid to hand out, so wait for the shared refresh.
        return await(refresh(session.id(), s -> needsRefresh(s, clock.instant())));
    }

    /**
     * A new upstream token because v3 refused {@code rejectedAccessToken} (401). Concurrent callers
     * share one refresh, and a caller whose rejected token was already replaced gets the current
     * one without a token call: a late 401 never discards a freshly fetched token.
     *
     * @throws LegacyFault AUTH-021 when the upstream refuses to renew, DependentServiceDown when unreachable
     */
    public String refreshNow(Session session, String rejectedAccessToken) {
        return await(refresh(session.id(), s -> rejectedAccessToken.equals(s.upstream().accessToken())));
    }

    /**
     * A new upstream token for RenewSession, stored in the session that is returned. Shares any
     * refresh already running for the session, so it adds no second grant.
     *
     * @throws LegacyFault FailedToRenewToken when the upstream refuses, DependentServiceDown when unreachable
     */
    Session refreshForRenewal(String sessionId) {
        Session session = await(refresh(sessionId, s -> true), new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN));
        if (session.upstream().renewalRefused()) {
            // It joined a refresh that had nothing to do because the endpoint refused this session before.
            throw new LegacyFault(StatusCode.FAILED_TO_RENEW_TOKEN);
        }
        return session;
    }

    private String await(CompletableFuture<Session> refresh) {
        Session session = await(refresh, refusedUpstream());
        if (session.upstream().renewalRefused() && session.upstream().expiredAt(clock.instant())) {
            throw refusedUpstream();
        }
        return session.upstream().accessToken();
    }

    private static LegacyFault refusedUpstream() {
        return new LegacyFault(StatusCode.AUTH_021, "The upstream no longer accepts this session; create a new session.");
    }

    /** Waits for a refresh, never longer than the token endpoint may take. */
    private Session await(CompletableFuture<Session> refresh, LegacyFault whenRefused) {
        try {
            return refresh.get(waitLimit.toMillis(), TimeUnit.MILLISECONDS);
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
        refresh(session.id(), s -> needsRefresh(s, clock.instant()));
    }

    /** Whether the session's upstream token is due for renewal (see {@link RenewalSchedule}) and can be renewed. */
    public boolean needsRefresh(Session session, Instant now) {
        return session.kind() != SessionKind.OAUTH2_PASSTHROUGH
                && !session.upstream().renewalRefused()
                && !now.isBefore(schedule.renewAt(session.upstream()));
    }

    /**
     * Joins the session's running refresh, or starts one that asks the endpoint only if
     * {@code stillNeeded} holds for the stored session when it runs.
     */
    private CompletableFuture<Session> refresh(String sessionId, Predicate<Session> stillNeeded) {
        CompletableFuture<Session> promise = new CompletableFuture<>();
        CompletableFuture<Session> running = inFlight.putIfAbsent(sessionId, promise);
        if (running != null) {
            return running;
        }
        try {
            executor.execute(() -> {
                // Leaves the map before completing: whoever sees the result and asks again (a 401
                // on the fresh token) starts a new refresh instead of joining this finished one.
                try {
                    Session refreshed = doRefresh(sessionId, stillNeeded);
                    inFlight.remove(sessionId, promise);
                    promise.complete(refreshed);
                } catch (Throwable failure) {
                    inFlight.remove(sessionId, promise);
                    promise.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException rejected) {
            inFlight.remove(sessionId, promise);
            promise.completeExceptionally(rejected);
        }
        return promise;
    }

    private Session doRefresh(String sessionId, Predicate<Session> stillNeeded) {
        Session session = stored(sessionId);
        if (!stillNeeded.test(session)) {
            return session; // someone refreshed it meanwhile
        }
        if (session.kind() == SessionKind.OAUTH2_PASSTHROUGH) {
            // The client holds this token's grant; the gateway cannot renew it.
            throw new TokenEndpointException(TokenEndpointException.Reason.GRANT_REJECTED, "pass-through token");
        }
        // The fleet-wide lease; while another replica holds it, the session it stores tells when the
        // refresh is no longer needed here. Waits at most waitLimit.
        long deadline = System.nanoTime() + waitLimit.toNanos();
        while (true) {
            Optional<RefreshLeases.Lease> lease = leases.tryTake(sessionId);
            if (lease.isPresent()) {
                try (RefreshLeases.Lease held = lease.get()) {
                    // Read again under the lease: another replica may have stored a new token just before it was free.
                    Session current = stored(sessionId);
                    return stillNeeded.test(current) ? grantAndStore(current) : current;
                }
            }
            pauseBeforeLease(deadline);
            Session current = stored(sessionId);
            if (!stillNeeded.test(current)) {
                return current; // another replica refreshed it
            }
        }
    }

    private static void pauseBeforeLease(long deadline) {
        if (System.nanoTime() - deadline > 0) {
            throw new TokenEndpointException(TokenEndpointException.Reason.UNAVAILABLE,
                    "another replica's refresh of this session did not finish in time");
        }
        try {
            Thread.sleep(LEASE_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenEndpointException(TokenEndpointException.Reason.UNAVAILABLE, "interrupted");
        }
    }

    private Session stored(String sessionId) {
        return store.findById(sessionId).orElseThrow(() -> new LegacyFault(StatusCode.AUTH_010));
    }

    private Session grantAndStore(Session session) {
        String sessionId = session.id();
        if (session.upstream().renewalRefused()) {
            throw new TokenEndpointException(TokenEndpointException.Reason.GRANT_REJECTED, "renewal refused before");
        }
        try {
            UpstreamToken fresh = tokenEndpoint.grant(session.credentials(), renewalGrant(session));
            failures.remove(sessionId);
            return store.update(sessionId, s -> s.withUpstream(keepRefreshToken(s.upstream(), fresh)))
                    .orElse(session.withUpstream(fresh));
        } catch (TokenEndpointException e) {
            if (e.reason() != TokenEndpointException.Reason.UNAVAILABLE) {
                // Refused, not unreachable: asking again gives the same answer and costs a token call.
                failures.remove(sessionId);
                store.update(sessionId, s -> s.withUpstream(s.upstream().withRenewalRefused()));
                LOG.warnf("Upstream token renewal refused for session %s (%s); no further attempts", sessionId, e.getMessage());
                throw e;
            }
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
                ? new UpstreamToken(fresh.accessToken(), previous.refreshToken(), fresh.expiresAt(), fresh.issuedAt())
                : fresh;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
