package com.connectgateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legacy window rule, and the v3 page size chosen for a window: one page whenever one can cover it. */
class ResultWindowTest {

    @ParameterizedTest
    @CsvSource({ "1,25,25", "26,25,25", "7,25,31", "51,25,25", "2,1,1", "100,1,1", "99,2,2", "76,75,75" })
    void smallestSinglePage(long first, int count, int expected) {
        int size = ResultWindow.pageSizeFor(first, count);
        assertThat(size).isEqualTo(expected);
        assertThat((first - 1) / size).isEqualTo((first + count - 2) / size);
    }

    @Test
    void windowNoPageCanCoverTakesTwoFullPages() {
        assertThat(ResultWindow.pageSizeFor(60, 75)).isEqualTo(ResultWindow.MAX_PAGE_SIZE);
    }

    @Test
    void everyWindowIsCoveredByAtMostTwoPagesOfAtMostOneHundred() {
        for (long first = 1; first <= 1000; first++) {
            for (int count = 1; count <= ResultWindow.MAX_PAGE_SIZE; count++) {
                int size = ResultWindow.pageSizeFor(first, count);
                long pages = (first + count - 2) / size - (first - 1) / size + 1;
                assertThat(size).isBetween(count, ResultWindow.MAX_PAGE_SIZE);
                assertThat(pages).isBetween(1L, 2L);
            }
        }
    }

    @Test
    void anAbsentStartIsTheFirstItem() {
        assertThat(ResultWindow.of(null, 10, "ResultsViewOptions", 100)).isEqualTo(new ResultWindow(1, 10));
        assertThat(ResultWindow.of(41, 20, "ResultsViewOptions", 100).last()).isEqualTo(60);
    }

    @Test
    void countsAndStartsOutsideTheRuleHaveTheirCodes() {
        assertCode(() -> ResultWindow.of(1, null, "X", 100), StatusCode.INVALID_ITEM_COUNT, "X.ItemCount");
        assertCode(() -> ResultWindow.of(1, 0, "X", 100), StatusCode.INVALID_ITEM_COUNT, "X.ItemCount");
        assertCode(() -> ResultWindow.of(1, 101, "X", 100), StatusCode.MAX_EXCEEDED, "at most 100");
        assertCode(() -> ResultWindow.of(0, 5, "X", 100), StatusCode.INVALID_ITEM_START_NUMBER, "X.ItemStartNumber");
        assertCode(() -> ResultWindow.of(-3, 5, "X", 100), StatusCode.INVALID_ITEM_START_NUMBER, "X.ItemStartNumber");
    }

    private static void assertCode(Runnable call, StatusCode code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LegacyFault.class, fault -> {
            assertThat(fault.code()).isEqualTo(code);
            assertThat(fault.getMessage()).contains(message);
        });
    }
}
