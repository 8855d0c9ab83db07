package com.connectgateway.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * Reads exactly the items {@code window.start()..window.last()} of a v3 list that is paged with
 * {@code page}/{@code page_size} (searches, boards, the download and purchase histories), with as
 * few pages as cover the window ({@link ResultWindow#pageSizeFor}): the one windowing loop of
 * every paged legacy operation.
 */
public final class V3Pages {

    /** The items of the window, in v3's order, and how many v3 holds in all. */
    public record Window(List<JsonNode> items, long total) {
    }

    private V3Pages() {
    }

    /** {@link #read(ResultWindow, String, ToLongFunction, BiFunction)} of a list counted by {@code result_count}. */
    public static Window read(ResultWindow window, String itemsMember, BiFunction<Long, Integer, JsonNode> page) {
        return read(window, itemsMember, answer -> answer.path("result_count").asLong(), page);
    }

    /**
     * @param page reads one page: (page number, page size) → the v3 answer
     * @param itemsMember the answer's array of items, e.g. {@code downloads}
     * @param total the list's total, read from an answer
     */
    public static Window read(ResultWindow window, String itemsMember, ToLongFunction<JsonNode> total,
            BiFunction<Long, Integer, JsonNode> page) {
        int pageSize = ResultWindow.pageSizeFor(window.start(), window.count());
        long firstPage = (window.start() - 1) / pageSize + 1;
        long lastPage = (window.last() - 1) / pageSize + 1;
        List<JsonNode> items = new ArrayList<>();
        long count = 0;
        for (long number = firstPage; number <= lastPage; number++) {
            JsonNode answer = page.apply(number, pageSize);
            count = total.applyAsLong(answer);
            long index = (number - 1) * pageSize;
            for (JsonNode item : answer.path(itemsMember)) {
                index++;
                if (index >= window.start() && index <= window.last()) {
                    items.add(item);
                }
            }
            if (index < number * pageSize || index >= count) {
                break; // a short or last page: nothing after it
            }
        }
        return new Window(items, count);
    }
}
