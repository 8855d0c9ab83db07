package com.connectgateway.sandbox.v3;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The boards that exist after every start and reset, so a demo or test finds a shared board
 * without a second user having to create one: a colleague of the demo user owns two boards, one
 * shared with the demo user (who is invited to it) and one kept to himself (404 to the demo user).
 * The ids are fixed, so tests and docs can name them.
 */
final class SeededBoards {

    static final String OWNER = "sandbox-colleague";
    static final String SHARED_ID = "SbxSharedBoard7Qm4Hc2Lr";
    static final String SHARED_NAME = "Shared with you";
    static final String SHARED_DESCRIPTION = "Picks sandbox-colleague shared with sandbox-user.";
    static final List<String> SHARED_IMAGES = List.of("100000001", "100000002");
    static final String PRIVATE_ID = "SbxPrivateBoard3Kd8Nw5J";
    static final String PRIVATE_NAME = "Colleague's own picks";
    static final List<String> PRIVATE_IMAGES = List.of("100000003");

    private SeededBoards() {
    }

    /** The seeded boards, created and last updated at {@code at}. */
    static List<Board> at(Instant at) {
        Board shared = new Board(SHARED_ID, OWNER, Set.of(SandboxAccounts.USER_NAME), SHARED_NAME,
                SHARED_DESCRIPTION, at, at, List.of()).with(SHARED_IMAGES, at);
        Board own = new Board(PRIVATE_ID, OWNER, Set.of(), PRIVATE_NAME, null, at, at, List.of())
                .with(PRIVATE_IMAGES, at);
        return List.of(shared, own);
    }
}
