package com.connectgateway.upstream;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When one legacy operation must be answered by. Every v3 call made for it waits at most the
 * time left, and no call or retry starts once the deadline has passed. Measured on the monotonic
 * {@link System#nanoTime()}: the wall clock can jump, and tests move the application clock by
 * hours to age tokens.
 */
public final class Deadline {

    /** Stands for "no deadline": far enough away never to matter, near enough not to overflow. */
    private static final Duration UNBOUNDED = Duration.ofDays(365L * 100);

    private final Duration budget;
    private final long endNanos;
    private final LongSupplier nanoTime;

    private Deadline(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.endNanos = nanoTime.getAsLong() + budget.toNanos();
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return after(budget, System::nanoTime);
    }

    static Deadline after(Duration budget, LongSupplier nanoTime) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a deadline budget must not be negative");
        }
        return new Deadline(budget, nanoTime);
    }

    /** For calls made outside a legacy operation: only their own timeouts limit them. */
    public static Deadline none() {
        return new Deadline(UNBOUNDED, System::nanoTime);
    }

    /** The whole time the operation was given. */
    public Duration budget() {
        return budget;
    }

    /** Time left, never negative. */
    public Duration remaining() {
        long left = endNanos - nanoTime.getAsLong(); // a difference, so safe across nanoTime overflow
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean expired() {
        return endNanos - nanoTime.getAsLong() <= 0;
    }

    /** Whether the time left is shorter than {@code timeout}, i.e. the deadline, not the timeout, ends a wait of that long. */
    public boolean cuts(Duration timeout) {
        return remaining().compareTo(timeout) < 0;
    }

    /** The shorter of {@code timeout} and the time left. */
    public Duration limit(Duration timeout) {
        Duration left = remaining();
        return left.compareTo(timeout) < 0 ? left : timeout;
    }

    @Override
    public String toString() {
        return "Deadline[budget=" + budget + ", remaining=" + remaining() + "]";
    }
}
