package com.connectgateway.operations.search;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.operations.videos.SearchVideo;
import com.connectgateway.operations.videos.VideoFieldMapper;
import com.connectgateway.session.Session;
import com.connectgateway.session.SessionKind;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.connectgateway.wire.StatusType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * SearchForVideos: a search over {@code /v3/search/videos/creative|editorial}, windowed like
 * image search, or, with Query.AssetIds, those videos from {@code /v3/videos?ids=} in the order
 * asked (unknown ids reported one by one), the window applied to that list.
 */
@ApplicationScoped
public class SearchForVideosOperation extends SearchOperation<SearchForVideosBody> {

    private final UpstreamCalls upstream;
    private final CollectionCodes collections;
    private final SearchWindow window;
    private final V3ImageLookup lookup;
    private final VideoFieldMapper mapper;

    SearchForVideosOperation(UpstreamCalls upstream, CollectionCodes collections, SearchWindow window, V3ImageLookup lookup,
            VideoFieldMapper mapper) {
        this.upstream = upstream;
        this.collections = collections;
        this.window = window;
        this.lookup = lookup;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "SearchForVideos";
    }

    @Override
    public Class<SearchForVideosBody> bodyType() {
        return SearchForVideosBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<SearchForVideosBody> call) {
        ResultWindow requested = VideoSearchTranslator.validate(call.body());
        List<String> assetIds = VideoSearchTranslator.assetIds(call.body());
        Session session = call.caller().session();
        String tokensFor = session.kind() == SessionKind.USER ? session.id() : null;
        return upstream.run(call, StatusCode.NO_VIDEOS, caller -> assetIds.isEmpty()
                ? search(call.body(), requested, caller, tokensFor)
                : byId(assetIds, requested, caller, tokensFor));
    }

    private OperationOutcome search(SearchForVideosBody body, ResultWindow requested, V3Caller caller, String tokensFor) {
        List<String> ids = body.filterOrNone().collections() == null ? List.of()
                : SearchMembers.nonBlank(body.filterOrNone().collections().ids());
        List<String> codes = ids.isEmpty() ? List.of() : collections.codesOf(caller, ids);
        SearchPlan plan = VideoSearchTranslator.translate(body, requested, codes, tokensFor != null);
        SearchWindow.Result found = window.fetch(plan, caller.withLanguage(plan.acceptLanguage()));
        List<StatusEntry> notes = new ArrayList<>(plan.notes());
        if (found.totalCount() == 0) {
            notes.add(StatusEntry.of(StatusCode.NO_VIDEOS));
        } else if (plan.itemStartNumber() > found.totalCount()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL, "ItemStartNumber " + plan.itemStartNumber()
                    + " is beyond the " + found.totalCount() + " matching videos.");
        }
        List<SearchVideo> videos = found.items().stream().map(video -> mapper.video(video, tokensFor)).toList();
        return new OperationOutcome(new SearchForVideosResult(videos, videos.size(), plan.itemStartNumber(), found.totalCount()),
                notes);
    }

    /** The asked-for videos that exist, in the order asked; the window cuts that list. */
    private OperationOutcome byId(List<String> assetIds, ResultWindow requested, V3Caller caller, String tokensFor) {
        V3ImageLookup.Found found = lookup.lookupVideos(caller, assetIds, V3FieldSets.videoLookup(tokensFor != null));
        List<StatusEntry> notes = new ArrayList<>();
        List<JsonNode> existing = new ArrayList<>();
        for (String id : assetIds) {
            JsonNode video = found.images().get(id); // Found names its map for images; here it holds videos
            if (video != null) {
                existing.add(video);
            } else if (found.unanswered().contains(id)) {
                notes.add(new StatusEntry(StatusType.WARNING, StatusCode.DEPENDENT_SERVICE_DOWN.wire(),
                        "Video " + id + " was not looked up before the deadline."));
            } else {
                notes.add(StatusEntry.of(StatusCode.NO_VIDEOS, "Video " + id + " was not found."));
            }
        }
        if (!existing.isEmpty() && requested.start() > existing.size()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL, "ItemStartNumber " + requested.start()
                    + " is beyond the " + existing.size() + " videos found.");
        }
        List<SearchVideo> videos = existing.subList(Math.min(existing.size(), requested.start() - 1),
                (int) Math.min(existing.size(), requested.last())).stream().map(video -> mapper.video(video, tokensFor)).toList();
        return new OperationOutcome(new SearchForVideosResult(videos, videos.size(), requested.start(), existing.size()), notes);
    }
}
