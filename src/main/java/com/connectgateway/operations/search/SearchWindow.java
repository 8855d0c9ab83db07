package com.connectgateway.operations.search;

import com.connectgateway.operations.FanOut;
import com.connectgateway.operations.OperationConfig;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.V3Pages;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Fetches exactly the legacy window (ItemStartNumber, ItemCount) from v3 pages, which need not
 * line up with it: each family search contributes its slice of the concatenated result list, read
 * with the smallest v3 page size that covers that slice in one page where possible.
 *
 * <p>The family searches run at once. Which slice a later family contributes depends on the
 * totals of the earlier ones, so the first round reads the first family's slice and only the
 * totals of the others (what they need whenever the first fills the window, as it nearly always
 * does); a later family whose slice turns out not to be empty is read in a second round.
 */
@ApplicationScoped
public class SearchWindow {

    /** The window's results (images or videos), in order, and the total of all segments. */
    record Result(List<JsonNode> items, long totalCount) {
    }

    /** What one family search contributes: its images within the window, and its total. */
    private record Slice(List<JsonNode> images, long total) {
    }

    /** A part of a segment's results to read, 1-based within the segment. */
    private record Read(int segment, long first, long last) {
    }

    private final V3Api v3;
    private final FanOut fanOut;
    private final OperationConfig config;

    SearchWindow(V3Api v3, FanOut fanOut, OperationConfig config) {
        this.v3 = v3;
        this.fanOut = fanOut;
        this.config = config;
    }

    Result fetch(SearchPlan plan, V3Caller caller) {
        List<SearchPlan.Segment> segments = plan.segments();
        long windowFirst = plan.itemStartNumber();
        long windowLast = windowFirst + plan.itemCount() - 1;
        List<Slice> slices = new ArrayList<>(fanOut.all(IntStream.range(0, segments.size()).boxed().toList(),
                caller.deadline(), config.parallelism(), i -> i == 0
                        ? collect(segments.get(0), caller, windowFirst, windowLast)
                        : new Slice(List.of(), total(segments.get(i), caller))));

        List<Read> second = new ArrayList<>();
        long before = 0; // items of the earlier segments
        for (int i = 0; i < segments.size(); i++) {
            long last = windowLast - before;
            if (i > 0 && last >= 1) {
                second.add(new Read(i, Math.max(1, windowFirst - before), last));
            }
            before += slices.get(i).total();
        }
        List<Slice> read = fanOut.all(second, caller.deadline(), config.parallelism(),
                r -> collect(segments.get(r.segment()), caller, r.first(), r.last()));
        for (int i = 0; i < second.size(); i++) {
            slices.set(second.get(i).segment(), read.get(i));
        }

        List<JsonNode> images = new ArrayList<>();
        long total = 0;
        for (Slice slice : slices) {
            images.addAll(slice.images());
            total += slice.total();
        }
        return new Result(images, total);
    }

    /** This segment's items first..last (1-based, within the segment), and its total. */
    private Slice collect(SearchPlan.Segment segment, V3Caller caller, long first, long last) {
        V3Pages.Window read = V3Pages.read(new ResultWindow((int) first, (int) (last - first + 1)), segment.media().member(),
                (page, size) -> search(segment, caller, paged(segment, page, size)));
        return new Slice(read.items(), read.total());
    }

    /** The segment's total alone: one image per page, and none of its fields but the id. */
    private long total(SearchPlan.Segment segment, V3Caller caller) {
        Map<String, String> query = paged(segment, 1, 1);
        query.put("fields", V3FieldSets.COUNT_ONLY);
        return search(segment, caller, query).path("result_count").asLong();
    }

    private JsonNode search(SearchPlan.Segment segment, V3Caller caller, Map<String, String> query) {
        return switch (segment.media()) {
            case IMAGES -> v3.searchImages(caller, segment.family(), query);
            case VIDEOS -> v3.searchVideos(caller, segment.family(), query);
        };
    }

    private static Map<String, String> paged(SearchPlan.Segment segment, long page, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>(segment.query());
        query.put("page", Long.toString(page));
        query.put("page_size", Integer.toString(pageSize));
        return query;
    }
}
