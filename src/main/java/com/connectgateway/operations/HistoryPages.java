package com.connectgateway.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads exactly the items {@code window.start()..window.last()} of a v3 list that is paged with
 * {@code page}/{@code page_size} and counted by {@code result_count} (the download and purchase
 * histories), with as few pages as cover the window ({@link ResultWindow#pageSizeFor}).
 */
public final class HistoryPages {

    /** The items of the window, in v3's order, and how many v3 holds in all. */
    public record Window(List<JsonNode> items, long total) {
    }

    private HistoryPages() {
    }

    /**
     * @param page reads one page: (page number, page size) → the v3 answer
     * @param itemsMember the answer's array of items, e.g. {@code downloads}
     */
    public static Window read(ResultWindow window, String itemsMember, BiFunction<Long, Integer, JsonNode> page) {
        int pageSize = ResultWindow.pageSizeFor(window.start(), window.count());
        long firstPage = (window.start() - 1) / pageSize + 1;
        long lastPage = (window.last() - 1) / pageSize + 1;
        List<JsonNode> items = new ArrayList<>();
        long total = 0;
        for (long number = firstPage; number <= lastPage; number++) {
            JsonNode answer = page.apply(number, pageSize);
            total = answer.path("result_count").asLong();
            long index = (number - 1) * pageSize;
            for (JsonNode item : answer.path(itemsMember)) {
                index++;
                if (index >= window.start() && index <= window.last()) {
                    items.add(item);
                }
            }
            if (index < number * pageSize || index >= total) {
                break; // a short or last page: nothing after it
            }
        }
        return new Window(items, total);
    }
}
