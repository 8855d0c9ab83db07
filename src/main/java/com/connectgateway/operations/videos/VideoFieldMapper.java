package com.connectgateway.operations.videos;

import static com.connectgateway.operations.images.V3Fields.at;
import static com.connectgateway.operations.images.V3Fields.elements;
import static com.connectgateway.operations.images.V3Fields.flag;
import static com.connectgateway.operations.images.V3Fields.list;
import static com.connectgateway.operations.images.V3Fields.text;

import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadTokenCodec;
import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.operations.images.Vocabularies;
import com.connectgateway.operations.videos.SearchVideo.DownloadAuthorization;
import com.connectgateway.operations.videos.SearchVideo.DownloadSize;
import com.connectgateway.operations.videos.SearchVideo.Keyword;
import com.connectgateway.operations.videos.SearchVideo.StoryBoardItem;
import com.connectgateway.operations.videos.SearchVideo.Urls;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapper of a v3 video to the legacy {@code Video} entry (docs/legacy-compatibility.md,
 * "SearchForVideos", has the member table). Download sizes carry one authorization per product
 * v3 lists for the user, each with a DownloadToken for that size and product, which
 * CreateDownloadRequest redeems as {@code POST /v3/downloads/videos/{id}?size=}.
 */
@ApplicationScoped
public class VideoFieldMapper {

    /** The only authorization constraint v3 can tell: the video is licensed by calling Getty. */
    static final String CALL_FOR_VIDEO = "CallForImage";

    private final LegacyDates dates;
    private final DownloadTokenCodec tokens;

    VideoFieldMapper(LegacyDates dates, DownloadTokenCodec tokens) {
        this.dates = dates;
        this.tokens = tokens;
    }

    /** @param sessionId the caller's session, which the DownloadTokens are bound to; null: no tokens (anonymous) */
    public SearchVideo video(JsonNode v3, String sessionId) {
        String id = text(v3, "id");
        JsonNode allowedUse = at(v3, "allowed_use");
        return new SearchVideo(
                aspectRatios(v3),
                LegacyValues.family(text(v3, "asset_family")),
                id,
                flag(v3, "call_for_image") ? List.of(CALL_FOR_VIDEO) : List.of(),
                text(v3, "caption"),
                text(v3, "clip_length"),
                text(v3, "collection_id"),
                text(v3, "collection_name"),
                LegacyValues.colorType(text(v3, "color_type")),
                text(v3, "copyright"),
                dates.of(V3Dates.instant(text(v3, "date_created"))),
                sessionId == null ? List.of() : downloadSizes(v3, id, sessionId),
                Vocabularies.ERAS.toLegacy(text(v3, "era")),
                text(v3, "artist"),
                list(v3, "keywords", this::keyword),
                LegacyValues.licenseModel(text(v3, "license_model")),
                text(v3, "mastered_to"),
                text(v3, "originally_shot_on"),
                release(text(allowedUse, "release_info")),
                list(allowedUse, "usage_restrictions", JsonNode::asText),
                Vocabularies.SHOT_SPEEDS.toLegacy(text(v3, "shot_speed")),
                text(v3, "source"),
                text(v3, "title"),
                urls(v3));
    }

    /** The distinct aspect ratios of the display sizes, in the order met. */
    private static List<String> aspectRatios(JsonNode v3) {
        List<String> ratios = new ArrayList<>(2);
        for (JsonNode size : elements(v3, "display_sizes")) {
            String ratio = text(size, "aspect_ratio");
            if (ratio != null && !ratios.contains(ratio)) {
                ratios.add(ratio);
            }
        }
        return ratios;
    }

    /** A legacy Release value where v3's text is one of them; any other text as v3 wrote it. */
    private static String release(String releaseInfo) {
        return releaseInfo == null ? null : Vocabularies.RELEASES.toLegacy(releaseInfo, releaseInfo);
    }

    private Keyword keyword(JsonNode v3) {
        return new Keyword(text(v3, "keyword_id"), V3Fields.integer(v3, "relevance"), text(v3, "text"),
                LegacyValues.keywordType(text(v3, "type")));
    }

    private List<DownloadSize> downloadSizes(JsonNode v3, String videoId, String sessionId) {
        return list(v3, "download_sizes", size -> {
            String name = text(size, "name");
            List<DownloadAuthorization> authorizations = new ArrayList<>();
            for (JsonNode download : elements(size, "downloads")) {
                String productType = text(download, "product_type");
                String productId = text(download, "product_id");
                authorizations.add(new DownloadAuthorization(
                        tokens.issue(AssetType.VIDEO, videoId, null, name, productType, productId, sessionId),
                        productId, LegacyValues.productOffering(productType)));
            }
            return new DownloadSize(text(size, "description"), name, authorizations);
        });
    }

    /** Thumb, Comp and FlashPreview (v3's preview, an MP4 today) from the display sizes; StoryBoard from key_frames. */
    private static Urls urls(JsonNode v3) {
        String comp = null;
        String preview = null;
        String thumb = null;
        for (JsonNode size : elements(v3, "display_sizes")) {
            String name = text(size, "name");
            String uri = text(size, "uri");
            if ("comp".equals(name) && comp == null) {
                comp = uri;
            } else if ("preview".equals(name) && preview == null) {
                preview = uri;
            } else if ("thumb".equals(name) && thumb == null) {
                thumb = uri;
            }
        }
        List<StoryBoardItem> storyBoard = new ArrayList<>();
        for (JsonNode frame : elements(v3, "key_frames")) {
            storyBoard.add(new StoryBoardItem(text(frame, "uri"), storyBoard.size() + 1));
        }
        return new Urls(comp, preview, storyBoard, thumb);
    }
}
