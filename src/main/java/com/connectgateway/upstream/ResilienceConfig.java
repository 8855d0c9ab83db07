package com.connectgateway.upstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The fault-tolerance policies around upstream calls, per operation class: v3 reads (search,
 * images, collections, products), v3 downloads, v3 writes (POST/PUT/DELETE of boards, usage
 * batches, asset-change sets), and the token endpoint.
 */
@ConfigMapping(prefix = "gateway.upstream.resilience")
public interface ResilienceConfig {

    Reads reads();

    Downloads downloads();

    Writes writes();

    /** The circuit breaker and bulkhead shared by every v3 call (reads, downloads and writes). */
    Breaker v3Breaker();

    /** The circuit breaker of the token endpoint. */
    Breaker tokenBreaker();

    /**
     * Most v3 calls in flight at once; more are refused at once rather than queued. Also the size
     * of the v3 HTTP connection pool and of the helper threads operations fan out on, so a call the
     * bulkhead admits never waits for a connection.
     */
    @WithDefault("64")
    int maxConcurrentCalls();

    /**
     * Bulkhead refusals come in storms: at most one log line per this interval, with the number of
     * refusals left out since the previous line.
     */
    @WithDefault("10S")
    Duration refusalLogInterval();

    interface Reads {
        /** Longest a single read attempt may take (less when the operation's deadline is nearer). */
        @WithDefault("5S")
        Duration timeout();

        /** Retries after connect errors, 502, 503, 504 and 429. */
        @WithDefault("2")
        int maxRetries();

        /** First retry delay; doubled per retry, with jitter, up to {@link #maxRetryDelay()}. */
        @WithDefault("200MS")
        Duration retryDelay();

        @WithDefault("2S")
        Duration maxRetryDelay();

        /** Longest a read may take with all its retries; a Retry-After beyond it is not waited for. */
        @WithDefault("8S")
        Duration deadline();
    }

    interface Downloads {
        /**
         * Longest a download request may take (less when the operation's deadline is nearer). It is
         * never retried: it may have been applied.
         */
        @WithDefault("10S")
        Duration timeout();
    }

    interface Writes {
        /**
         * Longest a v3 write (POST/PUT/DELETE) may take (less when the operation's deadline is
         * nearer). Never retried, and not replayed after a 401 once sent: it may have been applied.
         */
        @WithDefault("10S")
        Duration timeout();
    }

    interface Breaker {
        /** Share of failed calls, within the rolling window, that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** The rolling window: this many most recent calls. */
        @WithDefault("20")
        int requestVolume();

        /** How long the breaker stays open before letting trial calls through (half-open). */
        @WithDefault("10S")
        Duration delay();

        /** Successful trial calls that close it again. */
        @WithDefault("2")
        int successThreshold();
    }
}
