package com.connectgateway.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Every v3, OAuth2 and v4 request the sandbox received, in arrival order, with the fault it got:
 * lets resilience tests count exact upstream calls (retries, refreshes). Only the latest
 * {@value #KEPT} are kept, so a long demo run does not grow without bound.
 */
@ApplicationScoped
public class HitLog {

    static final int KEPT = 10_000;

    private final Deque<Hit> hits = new ArrayDeque<>();

    void record(String method, String path, String fault) {
        Hit hit = new Hit(method, path, System.currentTimeMillis(), fault);
        synchronized (hits) {
            hits.addLast(hit);
            if (hits.size() > KEPT) {
                hits.removeFirst();
            }
        }
    }

    /** The kept hits whose path starts with {@code pathPrefix} (all when null), oldest first. */
    List<Hit> list(String pathPrefix) {
        synchronized (hits) {
            return hits.stream().filter(hit -> pathPrefix == null || hit.path().startsWith(pathPrefix)).toList();
        }
    }

    void clear() {
        synchronized (hits) {
            hits.clear();
        }
    }
}
