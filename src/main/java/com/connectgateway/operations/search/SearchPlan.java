package com.connectgateway.operations.search;

import com.connectgateway.wire.StatusEntry;
import java.util.List;
import java.util.Map;

/**
 * A legacy search translated to v3: the family searches to run in order (their results are
 * concatenated), the window the client asked for, and Information/Warning entries about members
 * that could not be honoured.
 */
record SearchPlan(
        List<Segment> segments,
        String acceptLanguage,
        int itemStartNumber,
        int itemCount,
        boolean includeKeywords,
        String editorialSortOrder,
        String creativeSortOrder,
        List<StatusEntry> notes) {

    /** One v3 search endpoint ({@code creative} or {@code editorial}) of images or videos, with its query, paging aside. */
    record Segment(Media media, String family, Map<String, String> query) {
    }

    /** Which v3 search a segment runs, and the member of its answer that lists the results. */
    enum Media {
        IMAGES("images"), VIDEOS("videos");

        private final String member;

        Media(String member) {
            this.member = member;
        }

        String member() {
            return member;
        }
    }
}
