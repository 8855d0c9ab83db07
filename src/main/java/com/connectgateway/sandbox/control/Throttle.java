package com.connectgateway.sandbox.control;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code perSecond} admitted requests within any rolling second. Refused requests do not
 * count, so a client that waits the advertised Retry-After gets through again.
 */
final class Throttle {

    private static final long SECOND_NANOS = 1_000_000_000L;

    private final int perSecond;
    private final Deque<Long> admitted = new ArrayDeque<>();

    Throttle(int perSecond) {
        this.perSecond = perSecond;
    }

    /** Whether a request arriving at {@code nowNanos} ({@link System#nanoTime()}) may proceed. */
    synchronized boolean admit(long nowNanos) {
        while (!admitted.isEmpty() && nowNanos - admitted.peekFirst() >= SECOND_NANOS) {
            admitted.removeFirst();
        }
        if (admitted.size() >= perSecond) {
            return false;
        }
        admitted.addLast(nowNanos);
        return true;
    }
}
