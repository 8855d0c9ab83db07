package com.connectgateway.operations.lightbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LightboxIds come from the board id alone: numeric ids as they are, others hashed into positive ints. */
class LightboxIdsTest {

    /** The first 31 bits of SHA-256("Yt5AcZkL0q9xWm3Np7Rb"), worked out apart from the code (Python hashlib). */
    private static final int PINNED = 1628429674;

    @Test
    void aNumericBoardIdInIntRangeIsItsOwnLightboxId() {
        assertThat(LightboxIds.of("1")).isEqualTo(1);
        assertThat(LightboxIds.of("123456")).isEqualTo(123456);
        assertThat(LightboxIds.of("2147483647")).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "007", "-5", "+5", "2147483648", "99999999999", "12a", "Yt5AcZkL0q9xWm3Np7Rb", "é" })
    void anyOtherIdIsHashedIntoAPositiveInt(String boardId) {
        int id = LightboxIds.of(boardId);
        assertThat(id).isPositive();
        assertThat(LightboxIds.of(boardId)).isEqualTo(id); // the same every time, on every replica
    }

    @Test
    void theHashIsFixedByTheIdNotByTheProcess() {
        // Pinned: a change of the rule would change every stored LightboxId of every client.
        assertThat(LightboxIds.of("Yt5AcZkL0q9xWm3Np7Rb")).isEqualTo(PINNED);
        assertThat(LightboxIds.of("board-a")).isNotEqualTo(LightboxIds.of("board-b"));
    }

    @Test
    void tenThousandDistinctIdsGetTenThousandDistinctLightboxIds() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(LightboxIds.of("board-" + i + "-x"));
        }
        assertThat(seen).hasSize(10_000);
    }
}
