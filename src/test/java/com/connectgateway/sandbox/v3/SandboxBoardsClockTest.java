package com.connectgateway.sandbox.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Board times come from the store's clock, and changes within one tick still sort in the order made. */
class SandboxBoardsClockTest {

    private static final Instant NOON = Instant.parse("2026-01-31T12:00:00.123Z");

    @Test
    void changesInOneClockTickKeepTheirOrder() {
        // The catalog is not needed: no assets are added.
        SandboxBoards boards = new SandboxBoards(null, Clock.fixed(NOON, ZoneOffset.UTC));
        boards.reset();
        String first = boards.create("someone", "First", null);
        String second = boards.create("someone", "Second", "d");
        boards.update("someone", first, "First again", null);

        List<Board> byUpdate = boards.visibleTo("someone").stream()
                .sorted(Comparator.comparing(Board::lastUpdated).reversed()).toList();
        assertThat(byUpdate).extracting(Board::id).containsExactly(first, second);
        assertThat(byUpdate).allSatisfy(board -> {
            assertThat(SandboxDates.iso(board.lastUpdated())).isEqualTo("2026-01-31T12:00:00Z");
            assertThat(board.created()).isBetween(NOON, NOON.plusMillis(1));
        });
        assertThat(boards.get("someone", first).created()).isBefore(boards.get("someone", second).created());
    }
}
