package com.connectgateway.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The sessions a store holds, counted per system and in all, each set ordered by expiry: admitting
 * a session costs O(log n), and the longest-expired session of a system (or of all) is the first
 * entry. Not thread-safe: its store uses it under one lock.
 *
 * <p>An entry keeps the expiry the session had when it was recorded. A renewal only ever moves a
 * session's expiry later, so the recorded one is a lower bound: the store checks an entry that
 * looks expired against the session itself and records it again if it was renewed since. So
 * renewals never have to touch the census.
 */
final class SessionCensus {

    record Entry(String id, String system, Instant expiresAt) {
    }

    private static final Comparator<Entry> BY_EXPIRY = Comparator.comparing(Entry::expiresAt).thenComparing(Entry::id);

    private final Map<String, Entry> byId = new HashMap<>();
    private final NavigableSet<Entry> all = new TreeSet<>(BY_EXPIRY);
    private final Map<String, NavigableSet<Entry>> bySystem = new HashMap<>();

    int size() {
        return byId.size();
    }

    int size(String system) {
        NavigableSet<Entry> own = bySystem.get(system);
        return own == null ? 0 : own.size();
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Records a session, replacing an earlier record with its id. */
    void record(String id, String system, Instant expiresAt) {
        forget(id);
        Entry entry = new Entry(id, system, expiresAt);
        byId.put(id, entry);
        all.add(entry);
        bySystem.computeIfAbsent(system, s -> new TreeSet<>(BY_EXPIRY)).add(entry);
    }

    void forget(String id) {
        Entry entry = byId.remove(id);
        if (entry == null) {
            return;
        }
        all.remove(entry);
        NavigableSet<Entry> own = bySystem.get(entry.system());
        own.remove(entry);
        if (own.isEmpty()) {
            bySystem.remove(entry.system()); // systems that come and go leave nothing behind
        }
    }

    /**
     * The entry with the earliest recorded expiry, of {@code system} or of all when it is null, if
     * that expiry has passed at {@code now}.
     */
    Optional<Entry> firstExpired(String system, Instant now) {
        NavigableSet<Entry> entries = system == null ? all : bySystem.get(system);
        if (entries == null || entries.isEmpty() || now.isBefore(entries.first().expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(entries.first());
    }
}
