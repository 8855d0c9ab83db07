package com.connectgateway.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Lifetimes and limits of legacy sessions and of their upstream tokens. */
@ConfigMapping(prefix = "gateway.session")
public interface SessionConfig {

    /** How long a legacy Token/SecureToken pair is valid after CreateSession or RenewSession. */
    @WithDefault("30M")
    Duration tokenDuration();

    /** How long an expired session is remembered so its tokens answer AUTH-012 rather than AUTH-010. */
    @WithDefault("1H")
    Duration expiredRetention();

    /**
     * Token pairs a session keeps: the CreateSession pair plus the latest renewals, so clients that
     * go on with an earlier pair after RenewSession keep working. All of them expire together.
     */
    @WithDefault("4")
    int keptTokenPairs();

    /**
     * How long a finished RenewSession stays joinable: a renewal of the same session presenting a
     * pair from before it, in that time, gets the same new pair instead of a second upstream grant.
     */
    @WithDefault("5S")
    Duration renewalJoinWindow();

    /**
     * Most sessions kept, live or expired-but-remembered. When full, the longest-expired session is
     * dropped for a new one; when every one is live, new sessions are refused (MaxExceeded).
     */
    @WithDefault("40000")
    long maxSessions();

    /**
     * Most sessions one system (legacy SystemId; {@code client_id} for {@code /oauth2/token}) may
     * hold, so one client's flood cannot take the whole store. At the quota the system's own
     * longest-expired session makes room; with none expired its new session is refused.
     */
    @WithDefault("10000")
    long maxSessionsPerSystem();

    /** At most one summary line per this interval about refused and early-dropped sessions. */
    @WithDefault("1M")
    String limitLogInterval();

    /** An upstream token with less than this left is renewed ahead of its expiry. */
    @WithDefault("5M")
    Duration renewalMargin();

    /**
     * An upstream token is never renewed before this fraction of its lifetime has passed, however
     * large the margin: tokens that live no longer than the margin are renewed at this point of
     * their life instead of on every renewer run.
     */
    @WithDefault("0.75")
    double renewalLifetimeFraction();

    /** First wait after a failed upstream refresh; doubles up to {@link #refreshBackoffMax()}. */
    @WithDefault("2S")
    Duration refreshBackoffInitial();

    @WithDefault("1M")
    Duration refreshBackoffMax();

    /** Threads that run upstream token refreshes. */
    @WithDefault("4")
    int refreshThreads();

    Renewer renewer();

    /**
     * Where sessions live: {@code memory} (this process only; the default) or {@code redis}, shared
     * by every replica that points at the same Redis ({@code gateway.session.redis.*}).
     */
    @WithDefault("memory")
    StoreKind store();

    enum StoreKind {
        MEMORY, REDIS
    }

    interface Renewer {
        /** Whether the background renewer runs at all. */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for upstream tokens inside the renewal margin. */
        @WithDefault("10S")
        String interval();
    }
}
