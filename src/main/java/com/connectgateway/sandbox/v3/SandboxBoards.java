package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every board of every sandbox user, in memory until the next reset, which leaves only the
 * {@linkplain SeededBoards seeded} ones. Who may do what is decided here, in v3's terms: a board
 * the caller neither owns nor was invited to does not exist for him (404 BoardNotFound); an
 * invited user may add and remove assets but not rename or delete the board (403
 * InsufficientAccess). Every method is synchronized: a check and the change it allows must not be
 * split by a concurrent delete.
 */
@ApplicationScoped
public class SandboxBoards {

    /** The outcome of adding assets: ids on the board now, and ids that are not catalog images. */
    record Added(List<String> added, List<String> notAdded) {
    }

    private final Map<String, Board> boards = new LinkedHashMap<>();
    private final BoardIds ids = new BoardIds();
    private final SandboxCatalog catalog;
    private final Clock clock;
    private Instant lastStamp = Instant.EPOCH;

    /**
     * Its own clock, not the gateway's {@code Clock} bean, like the rest of the sandbox: tests that
     * move the gateway's clock still meet a v3 that keeps real time.
     */
    @Inject
    SandboxBoards(SandboxCatalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    /** For tests that set the time. */
    SandboxBoards(SandboxCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** In {@code @PostConstruct}, not the constructor, which the client proxy also runs. */
    @PostConstruct
    public synchronized void reset() {
        boards.clear();
        SeededBoards.at(stamp()).forEach(board -> boards.put(board.id(), board));
    }

    /** The boards the user owns or was invited to, in no particular order. */
    synchronized List<Board> visibleTo(String user) {
        return boards.values().stream().filter(board -> board.visibleTo(user)).toList();
    }

    synchronized Board get(String user, String boardId) {
        return visible(user, boardId);
    }

    /** The new board's id. */
    synchronized String create(String user, String name, String description) {
        String id = ids.next();
        while (boards.containsKey(id)) {
            id = ids.next();
        }
        Instant now = stamp();
        boards.put(id, new Board(id, user, Set.of(), name, description, now, now, List.of()));
        return id;
    }

    synchronized void update(String user, String boardId, String name, String description) {
        Board board = owned(user, boardId, "Only the board's owner can change its name and description.");
        boards.put(board.id(), board.renamed(name, description, stamp()));
    }

    synchronized void delete(String user, String boardId) {
        owned(user, boardId, "Only the board's owner can delete it.");
        boards.remove(boardId);
    }

    /**
     * Adds the images among {@code assetIds} that are not on the board yet, in the order given. An
     * id already on the board counts as added; one that is no catalog image is not added.
     */
    synchronized Added add(String user, String boardId, Collection<String> assetIds) {
        Board board = visible(user, boardId);
        Set<String> added = new LinkedHashSet<>();
        Set<String> notAdded = new LinkedHashSet<>();
        List<String> fresh = new ArrayList<>();
        for (String assetId : assetIds) {
            if (catalog.image(assetId).isEmpty()) {
                notAdded.add(assetId);
            } else if (added.add(assetId) && !board.holds(assetId)) {
                fresh.add(assetId);
            }
        }
        if (!fresh.isEmpty()) {
            boards.put(board.id(), board.with(fresh, stamp()));
        }
        return new Added(List.copyOf(added), List.copyOf(notAdded));
    }

    /** The one-asset PUT: like {@link #add}, but an id that is no catalog image is refused (403 AssetNotFound). */
    synchronized void addOne(String user, String boardId, String assetId) {
        visible(user, boardId);
        if (catalog.image(assetId).isEmpty()) {
            throw SandboxV3Error.assetNotFound(assetId);
        }
        add(user, boardId, List.of(assetId));
    }

    /** Removes the given assets; ids not on the board are ignored. */
    synchronized void remove(String user, String boardId, Collection<String> assetIds) {
        Board board = visible(user, boardId);
        Set<String> gone = new HashSet<>(assetIds);
        if (board.assets().stream().anyMatch(asset -> gone.contains(asset.imageId()))) {
            boards.put(board.id(), board.without(gone, stamp()));
        }
    }

    private Board visible(String user, String boardId) {
        Board board = boards.get(boardId);
        if (board == null || !board.visibleTo(user)) {
            throw SandboxV3Error.boardNotFound(boardId);
        }
        return board;
    }

    private Board owned(String user, String boardId, String refusal) {
        Board board = visible(user, boardId);
        if (!board.ownedBy(user)) {
            throw SandboxV3Error.insufficientAccess(refusal);
        }
        return board;
    }

    /**
     * The time of a change, strictly later than the one before: v3 orders boards by a finer time
     * than the seconds it shows, so two changes within one clock tick still sort in the order
     * they were made.
     */
    private Instant stamp() {
        Instant now = clock.instant();
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusNanos(1_000);
        return lastStamp;
    }
}
