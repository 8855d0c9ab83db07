package com.connectgateway.upstream;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A warning that comes in storms (a full bulkhead refuses thousands of calls a minute), written at
 * most once per interval; the next line that is written says how many were left out meanwhile.
 */
public final class RateLimitedWarning {

    private final Consumer<String> log;
    private final Duration interval;
    private final Clock clock;
    private final AtomicLong nextLineAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    /** @param log writes one line, e.g. {@code LOG::warn} */
    public RateLimitedWarning(Consumer<String> log, Duration interval, Clock clock) {
        this.log = log;
        this.interval = interval;
        this.clock = clock;
    }

    public void warn(String message) {
        long now = clock.millis();
        long next = nextLineAt.get();
        if (now >= next && nextLineAt.compareAndSet(next, now + interval.toMillis())) {
            long left = suppressed.getAndSet(0);
            log.accept(left == 0 ? message : message + " (" + left + " more since the previous such line)");
        } else {
            suppressed.incrementAndGet();
        }
    }
}
