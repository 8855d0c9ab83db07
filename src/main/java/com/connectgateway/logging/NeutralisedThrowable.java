package com.connectgateway.logging;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stand-in for a logged exception whose message (or a cause's) holds control characters, as
 * parser and decoder exceptions quote the input. It prints as the original would, class name and
 * stack included, with the message neutralised; the original is left untouched.
 */
final class NeutralisedThrowable extends Throwable {

    private final String rendered;

    private NeutralisedThrowable(Throwable original, Throwable cause) {
        super(null, cause, true, true);
        String message = original.getLocalizedMessage();
        this.rendered = original.getClass().getName() + (message == null ? "" : ": " + LogText.neutralise(message));
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return of(original, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static NeutralisedThrowable of(Throwable original, Set<Throwable> seen) {
        seen.add(original);
        Throwable cause = original.getCause();
        NeutralisedThrowable copy = new NeutralisedThrowable(original,
                cause == null || seen.contains(cause) ? null : of(cause, seen));
        for (Throwable suppressed : original.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(of(suppressed, seen));
            }
        }
        return copy;
    }

    /** Whether any message in the chain (causes and suppressed) would break a log line. */
    static boolean needed(Throwable thrown) {
        return needed(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean needed(Throwable thrown, Set<Throwable> seen) {
        if (thrown == null || !seen.add(thrown)) {
            return false;
        }
        String message = thrown.getLocalizedMessage();
        if (message != null && LogText.hasControlCharacters(message)) {
            return true;
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (needed(suppressed, seen)) {
                return true;
            }
        }
        return needed(thrown.getCause(), seen);
    }

    @Override
    public String toString() {
        return rendered;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
