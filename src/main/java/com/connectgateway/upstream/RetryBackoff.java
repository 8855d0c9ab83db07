package com.connectgateway.upstream;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before retrying a read: what a 429's Retry-After asks for, when that fits the read's
 * deadline, else no retry at all (the 429 goes back at once); otherwise exponential backoff with
 * jitter, and no retry once the wait would reach the deadline. The deadline is the read's own or
 * the operation's, whichever is nearer. Reads run their retries on the calling thread, so the
 * deadline is kept per thread.
 */
final class RetryBackoff implements CustomBackoffStrategy {

    /** When the current read on this thread must be finished, in {@link System#nanoTime()} terms. */
    private static final ThreadLocal<long[]> DEADLINE_AND_ATTEMPTS = new ThreadLocal<>();

    private final Duration initial;
    private final Duration max;

    RetryBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Marks the start of a read with its deadline; {@link #end()} must follow. */
    static void begin(Duration deadline) {
        DEADLINE_AND_ATTEMPTS.set(new long[] { System.nanoTime() + deadline.toNanos(), 0 });
    }

    static void end() {
        DEADLINE_AND_ATTEMPTS.remove();
    }

    /** Only used inside {@link #begin}/{@link #end}, which {@code V3Api} puts around every read. */
    @Override
    public long nextDelayInMillis(Throwable cause) {
        long[] state = DEADLINE_AND_ATTEMPTS.get();
        long remainingMillis = (state[0] - System.nanoTime()) / 1_000_000;
        if (cause instanceof V3Throttled throttled && throttled.retryAfter() != null) {
            long wait = throttled.retryAfter().toMillis();
            if (wait > remainingMillis) {
                // Thrown from the backoff, it ends the retries and goes back to the caller as is.
                throw throttled;
            }
            return wait;
        }
        long attempt = state[1]++;
        long exponential = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt, 20));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        if (jittered >= remainingMillis && cause instanceof RuntimeException failure) {
            // No time would be left for the attempt: the failure goes back now, not at the deadline.
            throw failure;
        }
        return jittered;
    }
}
