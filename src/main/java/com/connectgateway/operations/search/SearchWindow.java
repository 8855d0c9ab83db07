package com.connectgateway.operations.search;

import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches exactly the legacy window (ItemStartNumber, ItemCount) from v3 pages, which need not
 * line up with it: each family search contributes its slice of the concatenated result list, read
 * with the smallest v3 page size that covers that slice in one page where possible.
 */
@ApplicationScoped
public class SearchWindow {

    /** v3's largest page. */
    static final int MAX_PAGE_SIZE = 100;

    record Result(List<JsonNode> images, long totalCount) {
    }

    private final V3Api v3;

    SearchWindow(V3Api v3) {
        this.v3 = v3;
    }

    Result fetch(SearchPlan plan, V3Caller caller) {
        long windowFirst = plan.itemStartNumber();
        long windowLast = windowFirst + plan.itemCount() - 1;
        long before = 0; // items of the earlier segments
        List<JsonNode> images = new ArrayList<>();
        for (SearchPlan.Segment segment : plan.segments()) {
            long first = Math.max(1, windowFirst - before);
            long last = windowLast - before;
            long segmentTotal = last < 1
                    ? total(segment, caller) // window already filled; only the count is needed
                    : collect(segment, caller, first, last, images);
            before += segmentTotal;
        }
        return new Result(images, before);
    }

    /** Adds this segment's items first..last (1-based, within the segment) and returns its total. */
    private long collect(SearchPlan.Segment segment, V3Caller caller, long first, long last, List<JsonNode> into) {
        int count = (int) (last - first + 1);
        int pageSize = pageSizeFor(first, count);
        long firstPage = (first - 1) / pageSize + 1;
        long lastPage = (last - 1) / pageSize + 1;
        long total = 0;
        for (long page = firstPage; page <= lastPage; page++) {
            JsonNode answer = v3.searchImages(caller, segment.family(), paged(segment, page, pageSize));
            total = answer.path("result_count").asLong();
            long index = (page - 1) * pageSize;
            for (JsonNode image : answer.path("images")) {
                index++;
                if (index >= first && index <= last) {
                    into.add(image);
                }
            }
            if (index < page * pageSize) {
                break; // a short page: nothing after it
            }
        }
        return total;
    }

    private long total(SearchPlan.Segment segment, V3Caller caller) {
        return v3.searchImages(caller, segment.family(), paged(segment, 1, 1)).path("result_count").asLong();
    }

    /**
     * The smallest page size (at least {@code count}) whose page boundaries do not cut the window,
     * so one v3 call covers it; the largest page size (two calls) when there is none.
     */
    static int pageSizeFor(long first, int count) {
        for (int size = Math.max(1, count); size <= MAX_PAGE_SIZE; size++) {
            if ((first - 1) / size == (first + count - 2) / size) {
                return size;
            }
        }
        return MAX_PAGE_SIZE;
    }

    private static Map<String, String> paged(SearchPlan.Segment segment, long page, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>(segment.query());
        query.put("page", Long.toString(page));
        query.put("page_size", Integer.toString(pageSize));
        return query;
    }
}
