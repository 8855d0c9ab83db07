package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.V3Pages;
import com.connectgateway.operations.lightbox.LightboxBodies.HeadersBody;
import com.connectgateway.operations.lightbox.LightboxBodies.ViewOptions;
import com.connectgateway.operations.lightbox.LightboxResults.Headers;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * GetLightboxHeaders: a window of the user's boards ({@code GET /v3/boards}, owned and invited,
 * last changed first), paged like search results.
 */
@ApplicationScoped
public class GetLightboxHeadersOperation extends LightboxOperation<HeadersBody> {

    /** Most headers in one answer (the legacy docs name no limit; v3 pages hold at most 100). */
    static final int MAX_ITEM_COUNT = 100;

    private final UpstreamCalls upstream;
    private final BoardDirectory directory;
    private final BoardMapper mapper;

    GetLightboxHeadersOperation(UpstreamCalls upstream, BoardDirectory directory, BoardMapper mapper) {
        this.upstream = upstream;
        this.directory = directory;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetLightboxHeaders";
    }

    @Override
    public Class<HeadersBody> bodyType() {
        return HeadersBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<HeadersBody> call) {
        requireUser(call);
        ViewOptions options = call.body().resultsViewOptions();
        ResultWindow window = ResultWindow.of(options == null ? null : options.itemStartNumber(),
                options == null ? null : options.itemCount(), "ResultsViewOptions", MAX_ITEM_COUNT);
        V3Pages.Window found = upstream.run(call, LightboxFailures::ofRead, caller -> directory.window(caller, window));
        if (found.total() == 0) {
            return new OperationOutcome(new Headers(List.of(), 0), List.of(StatusEntry.of(StatusCode.LIGHTBOXES_NOT_FOUND)));
        }
        if (window.start() > found.total()) {
            throw new LegacyFault(StatusCode.START_PAST_TOTAL,
                    "ItemStartNumber " + window.start() + " is beyond your " + found.total() + " lightboxes.");
        }
        return OperationOutcome.of(new Headers(found.items().stream().map(board -> mapper.header(board, null)).toList(),
                found.total()));
    }
}
