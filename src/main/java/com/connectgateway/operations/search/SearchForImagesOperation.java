package com.connectgateway.operations.search;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.ImageFieldMapper;
import com.connectgateway.operations.images.SearchImage;
import com.connectgateway.session.SessionKind;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** SearchForImages on v1 and v2, with either body name. */
@ApplicationScoped
public class SearchForImagesOperation extends SearchOperation<SearchForImagesBody> {

    private final UpstreamCalls upstream;
    private final CollectionCodes collections;
    private final SearchWindow window;
    private final ImageFieldMapper mapper;

    SearchForImagesOperation(UpstreamCalls upstream, CollectionCodes collections, SearchWindow window,
            ImageFieldMapper mapper) {
        this.upstream = upstream;
        this.collections = collections;
        this.window = window;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "SearchForImages";
    }

    @Override
    public List<String> bodyNames() {
        return List.of("SearchForImagesRequestBody", "SearchForImages2RequestBody");
    }

    @Override
    public Class<SearchForImagesBody> bodyType() {
        return SearchForImagesBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<SearchForImagesBody> call) {
        SearchRequestValidator.validate(call.body());
        var session = call.caller().session();
        return upstream.run(call, StatusCode.IMAGE_NOT_FOUND,
                caller -> search(call.body(), caller, session.kind() == SessionKind.USER));
    }

    private OperationOutcome search(SearchForImagesBody body, V3Caller caller, boolean userSession) {
        List<String> ids = SearchMembers.collectionIds(body);
        List<String> codes = ids.isEmpty() ? List.of() : collections.codesOf(caller, ids);
        SearchPlan plan = SearchRequestTranslator.translate(body, codes, userSession);
        SearchWindow.Result found = window.fetch(plan, caller.withLanguage(plan.acceptLanguage()));
        List<StatusEntry> notes = new ArrayList<>(plan.notes());
        if (found.totalCount() == 0) {
            notes.add(StatusEntry.of(StatusCode.NO_IMAGES));
        } else if (plan.itemStartNumber() > found.totalCount()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL, "ItemStartNumber " + plan.itemStartNumber()
                    + " is beyond the " + found.totalCount() + " matching images.");
        }
        List<SearchImage> images = found.items().stream()
                .map(image -> mapper.searchImage(image, plan.includeKeywords()))
                .toList();
        return new OperationOutcome(new SearchForImagesResult(images, plan.editorialSortOrder(), plan.creativeSortOrder(),
                images.size(), plan.itemStartNumber(), found.totalCount(), List.of()), notes);
    }
}
