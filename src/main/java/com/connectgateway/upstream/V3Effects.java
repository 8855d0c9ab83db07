package com.connectgateway.upstream;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a unit of v3 work may already have changed something at v3: a write or download was
 * sent and v3 did not refuse it with 401 (an answer, a timeout or a broken connection all count,
 * since v3 may have acted). Such work must not be replayed after a later 401. Shared by a
 * {@link V3Caller} and the callers derived from it; calls of one unit may run at once.
 */
public final class V3Effects {

    private final AtomicBoolean possiblyApplied = new AtomicBoolean();

    void possiblyApplied() {
        possiblyApplied.set(true);
    }

    /** True once any non-idempotent call of the work may have acted at v3. */
    public boolean anyPossiblyApplied() {
        return possiblyApplied.get();
    }

    @Override
    public String toString() {
        return possiblyApplied.get() ? "possibly-applied" : "none";
    }
}
