package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxProducts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Every download the sandbox granted ({@code POST /v3/downloads/images|videos/{id}} answered 200
 * or 303), per user, until the next reset: what {@code GET /v3/downloads} lists. Only the latest
 * downloads are kept, so a long demo run does not grow without bound.
 */
@ApplicationScoped
public class SandboxDownloadHistory {

    static final int KEPT = 5_000;

    /** One granted download; {@code dpi} is null for videos. */
    record Entry(String user, Instant downloaded, String assetId, String assetType, SandboxProducts.Product product,
            String sizeName, int width, int height, Integer dpi, String licenseModel) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Clock clock;

    /** Its own clock, like the rest of the sandbox (see {@link SandboxBoards}). */
    @Inject
    SandboxDownloadHistory() {
        this(Clock.systemUTC());
    }

    /** For tests that set the time. */
    SandboxDownloadHistory(Clock clock) {
        this.clock = clock;
    }

    /** Records a download at the clock's time. */
    synchronized void record(String user, String assetId, String assetType, SandboxProducts.Product product, String sizeName,
            int width, int height, Integer dpi, String licenseModel) {
        entries.addLast(new Entry(user, clock.instant(), assetId, assetType, product, sizeName, width, height, dpi,
                licenseModel));
        if (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    /** The user's downloads, newest first. */
    synchronized List<Entry> of(String user) {
        List<Entry> mine = new ArrayList<>();
        for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext();) {
            Entry entry = it.next();
            if (entry.user().equals(user)) {
                mine.add(entry);
            }
        }
        return mine;
    }

    Clock clock() {
        return clock;
    }

    public synchronized void reset() {
        entries.clear();
    }
}
