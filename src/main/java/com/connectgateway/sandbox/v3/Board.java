package com.connectgateway.sandbox.v3;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One board as the sandbox keeps it. Immutable: {@link SandboxBoards} swaps in a changed copy, so
 * a board being rendered never changes under the renderer.
 *
 * @param invited the users the owner shared the board with (editors in v3's words)
 * @param assets  in the order they were added, oldest first
 */
record Board(String id, String owner, Set<String> invited, String name, String description, Instant created,
        Instant lastUpdated, List<Asset> assets) {

    /** An image on a board and when it was put there. */
    record Asset(String imageId, Instant added) {
    }

    Board {
        invited = Set.copyOf(invited);
        assets = List.copyOf(assets);
    }

    boolean ownedBy(String user) {
        return owner.equals(user);
    }

    boolean visibleTo(String user) {
        return ownedBy(user) || invited.contains(user);
    }

    boolean holds(String imageId) {
        return assets.stream().anyMatch(asset -> asset.imageId().equals(imageId));
    }

    Board renamed(String newName, String newDescription, Instant at) {
        return new Board(id, owner, invited, newName, newDescription, created, at, assets);
    }

    Board with(List<String> imageIds, Instant at) {
        List<Asset> more = new ArrayList<>(assets);
        imageIds.forEach(imageId -> more.add(new Asset(imageId, at)));
        return new Board(id, owner, invited, name, description, created, at, more);
    }

    Board without(Set<String> imageIds, Instant at) {
        List<Asset> kept = assets.stream().filter(asset -> !imageIds.contains(asset.imageId())).toList();
        return new Board(id, owner, invited, name, description, created, at, kept);
    }
}
