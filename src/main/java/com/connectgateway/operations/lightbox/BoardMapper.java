package com.connectgateway.operations.lightbox;

import static com.connectgateway.operations.images.V3Fields.text;

import com.connectgateway.operations.images.ImageCard;
import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.operations.lightbox.LightboxResults.Header;
import com.connectgateway.operations.lightbox.LightboxResults.Item;
import com.connectgateway.operations.lightbox.LightboxResults.Urls;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * v3 boards as legacy lightbox shapes. ClientName, ProjectName, an item's Comment, DateModified and
 * LightboxItemId have no v3 source and stay null; SmallThumb is v3's thumb, its smallest size.
 */
@ApplicationScoped
class BoardMapper {

    private final LegacyDates dates;

    BoardMapper(LegacyDates dates) {
        this.dates = dates;
    }

    /**
     * @param board an entry of {@code GET /v3/boards} (it has board_relationship and asset_count)
     * @param shareUrl {@code links.share} of the board's own answer; null in lists, which have none
     */
    Header header(JsonNode board, String shareUrl) {
        Long assets = V3Fields.longValue(board, "asset_count");
        return new Header(Integer.toString(LightboxIds.of(board.path("id").asText())), text(board, "name"), null, null,
                date(board, "date_created"), date(board, "date_last_updated"),
                "invited".equalsIgnoreCase(text(board, "board_relationship")),
                Long.toString(assets == null ? 0 : assets), shareUrl, text(board, "description"));
    }

    /**
     * @param asset an entry of the board's {@code assets}
     * @param position its 1-based place on the board
     * @param image the asset's v3 image, or null when v3 did not return it (its own display sizes are used)
     * @param withMaxSize whether the request asked for MaxWidthAvailable/MaxHeightAvailable
     */
    Item item(JsonNode asset, int position, JsonNode image, boolean withMaxSize) {
        ImageCard card = ImageCard.of(image != null ? image : asset);
        return new Item(text(asset, "id"), null, date(asset, "date_added"), null, position, null,
                new Urls(card.preview(), card.thumb(), card.thumb(), card.watermarkPreview()),
                withMaxSize ? Optional.ofNullable(card.maxWidth()) : null,
                withMaxSize ? Optional.ofNullable(card.maxHeight()) : null,
                card.title(), card.caption());
    }

    private LegacyDate date(JsonNode node, String name) {
        return dates.of(V3Dates.instant(text(node, name)));
    }
}
