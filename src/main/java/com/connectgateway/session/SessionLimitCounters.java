package com.connectgateway.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the session limits did since start: new sessions refused (at their system's quota, or with
 * the store full of live sessions) and expired sessions dropped before their retention ended, to
 * make room. The totals only grow, so they can be published as counters (issue 15). Thread-safe.
 */
@ApplicationScoped
public class SessionLimitCounters {

    /** Bounds the per-system breakdown; the totals count every system regardless. */
    private static final int TRACKED_SYSTEMS = 1000;

    private final LongAdder refusedAtSystemQuota = new LongAdder();
    private final LongAdder refusedStoreFull = new LongAdder();
    private final LongAdder expiredDroppedForSystemQuota = new LongAdder();
    private final LongAdder expiredDroppedForStore = new LongAdder();
    /** Quota refusals per system since the last {@link #takeRefusingSystems()}, for the summary line. */
    private final Map<String, LongAdder> refusingSystems = new ConcurrentHashMap<>();

    public void countQuotaRefusal(String system) {
        refusedAtSystemQuota.increment();
        LongAdder own = refusingSystems.get(system);
        if (own == null && refusingSystems.size() < TRACKED_SYSTEMS) {
            own = refusingSystems.computeIfAbsent(system, s -> new LongAdder());
        }
        if (own != null) {
            own.increment();
        }
    }

    public void countStoreFullRefusal() {
        refusedStoreFull.increment();
    }

    public void countExpiredDrop(boolean forSystemQuota) {
        (forSystemQuota ? expiredDroppedForSystemQuota : expiredDroppedForStore).increment();
    }

    /** New sessions refused because their system held its quota of sessions. */
    public long refusedAtSystemQuota() {
        return refusedAtSystemQuota.sum();
    }

    /** New sessions refused because the store held {@code max-sessions} live sessions. */
    public long refusedStoreFull() {
        return refusedStoreFull.sum();
    }

    /** Expired sessions dropped early to make room within their own system's quota. */
    public long expiredDroppedForSystemQuota() {
        return expiredDroppedForSystemQuota.sum();
    }

    /** Expired sessions (of any system) dropped early to make room in the full store. */
    public long expiredDroppedForStore() {
        return expiredDroppedForStore.sum();
    }

    /** The quota refusals per system since the previous call, and starts counting anew. */
    Map<String, Long> takeRefusingSystems() {
        Map<String, Long> taken = new HashMap<>();
        for (String system : refusingSystems.keySet()) {
            LongAdder count = refusingSystems.remove(system);
            if (count != null) {
                taken.put(system, count.sum());
            }
        }
        return taken;
    }
}
