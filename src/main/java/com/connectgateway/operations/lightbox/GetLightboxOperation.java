package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.operations.lightbox.LightboxBodies.GetBody;
import com.connectgateway.operations.lightbox.LightboxBodies.ItemsViewOptions;
import com.connectgateway.operations.lightbox.LightboxResults.Got;
import com.connectgateway.operations.lightbox.LightboxResults.Item;
import com.connectgateway.operations.lightbox.LightboxResults.Lightbox;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GetLightbox: the board's list entry (header), its own answer ({@code GET /v3/boards/{id}}: share
 * link and every asset, unpaged), a window of its assets paged here like search results, and their
 * titles, captions, URLs and largest sizes from {@code /v3/images} in batches. An asset v3 no
 * longer returns keeps the board's own display sizes, without title and caption.
 */
@ApplicationScoped
public class GetLightboxOperation extends LightboxOperation<GetBody> {

    /** Most items in one answer (no legacy limit is documented; one {@code /v3/images} batch). */
    static final int MAX_ITEM_COUNT = 100;

    private final UpstreamCalls upstream;
    private final BoardDirectory directory;
    private final BoardMapper mapper;
    private final V3Api v3;
    private final V3ImageLookup images;

    GetLightboxOperation(UpstreamCalls upstream, BoardDirectory directory, BoardMapper mapper, V3Api v3, V3ImageLookup images) {
        this.upstream = upstream;
        this.directory = directory;
        this.mapper = mapper;
        this.v3 = v3;
        this.images = images;
    }

    @Override
    public String name() {
        return "GetLightbox";
    }

    @Override
    public Class<GetBody> bodyType() {
        return GetBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetBody> call) {
        requireUser(call);
        int lightboxId = lightboxId(call.body().lightboxId(), name());
        ItemsViewOptions options = call.body().itemsViewOptions();
        ResultWindow window = ResultWindow.of(options == null ? null : options.itemStartNumber(),
                options == null ? null : options.itemCount(), "LightboxItemsViewOptions", MAX_ITEM_COUNT);
        boolean withMaxSize = options != null && Boolean.TRUE.equals(options.includeMaxSizePerLightboxItem());
        return upstream.run(call, LightboxFailures::ofRead, caller -> {
            JsonNode entry = directory.find(caller, lightboxId);
            JsonNode board = v3.board(caller, entry.path("id").asText());
            List<JsonNode> assets = new ArrayList<>();
            board.path("assets").forEach(assets::add);
            if (!assets.isEmpty() && window.start() > assets.size()) {
                throw new LegacyFault(StatusCode.START_PAST_TOTAL,
                        "ItemStartNumber " + window.start() + " is beyond the " + assets.size() + " items of lightbox " + lightboxId + ".");
            }
            int from = Math.min(assets.size(), window.start() - 1);
            int to = (int) Math.min(assets.size(), window.last());
            List<JsonNode> shown = assets.subList(from, to);
            List<String> ids = shown.stream().map(asset -> asset.path("id").asText()).toList();
            Map<String, JsonNode> found = ids.isEmpty() ? Map.of()
                    : images.lookup(caller, ids, V3FieldSets.LIGHTBOX_ITEMS).images();
            List<Item> items = new ArrayList<>(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                JsonNode asset = shown.get(i);
                items.add(mapper.item(asset, from + i + 1, found.get(asset.path("id").asText()), withMaxSize));
            }
            String share = board.path("links").path("share").asText(null);
            return OperationOutcome.of(new Got(new Lightbox(mapper.header(entry, share), items)));
        });
    }
}
