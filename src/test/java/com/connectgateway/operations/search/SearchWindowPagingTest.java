package com.connectgateway.operations.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The v3 page size chosen for a legacy window: one page whenever one can cover it. */
class SearchWindowPagingTest {

    @ParameterizedTest
    @CsvSource({ "1,25,25", "26,25,25", "7,25,31", "51,25,25", "2,1,1", "100,1,1", "99,2,2", "76,75,75" })
    void smallestSinglePage(long first, int count, int expected) {
        int size = SearchWindow.pageSizeFor(first, count);
        assertThat(size).isEqualTo(expected);
        assertThat((first - 1) / size).isEqualTo((first + count - 2) / size);
    }

    @Test
    void windowNoPageCanCoverTakesTwoFullPages() {
        assertThat(SearchWindow.pageSizeFor(60, 75)).isEqualTo(SearchWindow.MAX_PAGE_SIZE);
    }

    @Test
    void everyWindowIsCoveredByAtMostTwoPagesOfAtMostOneHundred() {
        for (long first = 1; first <= 1000; first++) {
            for (int count = 1; count <= SearchRequestValidator.MAX_ITEM_COUNT; count++) {
                int size = SearchWindow.pageSizeFor(first, count);
                long pages = (first + count - 2) / size - (first - 1) / size + 1;
                assertThat(size).isBetween(count, SearchWindow.MAX_PAGE_SIZE);
                assertThat(pages).isBetween(1L, 2L);
            }
        }
    }
}
