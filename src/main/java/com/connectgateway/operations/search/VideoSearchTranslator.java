package com.connectgateway.operations.search;

import static com.connectgateway.operations.search.SearchMembers.blankToNull;
import static com.connectgateway.operations.search.SearchMembers.nonBlank;

import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.Vocabularies;
import com.connectgateway.operations.images.Vocabulary;
import com.connectgateway.operations.search.SearchForVideosBody.Filter;
import com.connectgateway.operations.search.SearchForVideosBody.Query;
import com.connectgateway.operations.search.SearchForVideosBody.ResultOptions;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a legacy SearchForVideos body and translates it into v3 video searches; pure, so each
 * member's fate is unit-tested. Families as for images: one AssetFamily searches that family, none
 * or both search creative then editorial and concatenate the lists. Members only one family's v3
 * search takes (ClipType: editorial; ExcludeNudity, LicensingModels: creative) go to that family;
 * given while only the other is searched, they are reported as ignored.
 */
final class VideoSearchTranslator {

    /** Largest legacy ItemCount (the documented values end at 90). */
    static final int MAX_ITEM_COUNT = 90;
    /** The legacy maximum of Query.AssetIds. */
    static final int MAX_ASSET_IDS = 500;

    private static final String CREATIVE = "creative";
    private static final String EDITORIAL = "editorial";

    private VideoSearchTranslator() {
    }

    /** The window, after every member has been checked; Query.AssetIds with any other criterion is refused. */
    static ResultWindow validate(SearchForVideosBody body) {
        Filter filter = body.filterOrNone();
        Query query = body.queryOrNone();
        ResultOptions options = body.optionsOrNone();
        ResultWindow window = ResultWindow.of(options.itemStartNumber(), options.itemCount(), "ResultOptions", MAX_ITEM_COUNT);
        LanguagePolicy.acceptLanguage(body.language(), note -> { });
        SearchTextLimits.check(query.searchPhrase(), SearchTextLimits.PHRASE, "Query.SearchPhrase");
        SearchTextLimits.checkEach(query.keywordIds(), SearchTextLimits.ID, "Query.KeywordIds");
        SearchRequestValidator.known(filter.assetFamilies(), Vocabularies.FAMILIES, StatusCode.INVALID_REQUEST, "AssetFamily");
        SearchRequestValidator.known(filter.formats(), Vocabularies.VIDEO_FORMATS, StatusCode.INVALID_REQUEST, "Format");
        SearchRequestValidator.known(filter.licensingModels(), Vocabularies.VIDEO_LICENSE_MODELS, StatusCode.INVALID_REQUEST,
                "LicensingModel");
        if (blankToNull(filter.clipType()) != null && Vocabularies.CLIP_TYPES.toV3(filter.clipType().trim()) == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ClipType '" + filter.clipType() + "' is not valid.");
        }
        SearchRequestValidator.collections(filter.collections());
        String sort = blankToNull(options.sortOrder());
        if (sort != null && Vocabularies.CREATIVE_VIDEO_SORT_ORDERS.toV3(sort) == null
                && Vocabularies.EDITORIAL_VIDEO_SORT_ORDERS.toV3(sort) == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ResultOptions.SortOrder '" + sort + "' is not valid.");
        }
        Set<String> families = families(filter);
        if (sort != null && families.size() == 1) {
            Vocabulary orders = families.contains(EDITORIAL) ? Vocabularies.EDITORIAL_VIDEO_SORT_ORDERS
                    : Vocabularies.CREATIVE_VIDEO_SORT_ORDERS;
            if (orders.toV3(sort) == null) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, "ResultOptions.SortOrder '" + sort + "' is not valid for "
                        + families.iterator().next() + " videos.");
            }
        }
        if (!assetIds(body).isEmpty() && hasCriteria(filter, query, options)) {
            throw new LegacyFault(StatusCode.INVALID_SEARCH_FOR_VIDEO_BY_ASSET_ID,
                    "Query.AssetIds cannot be combined with other Query or Filter members, or a SortOrder: they would be ignored.");
        }
        return window;
    }

    /** Query.AssetIds, checked by the one id rule (blank ones dropped, duplicates once, at most {@value #MAX_ASSET_IDS}). */
    static List<String> assetIds(SearchForVideosBody body) {
        List<String> ids = body.queryOrNone().assetIds();
        return nonBlank(ids).isEmpty() ? List.of()
                : com.connectgateway.operations.images.ImageIds.of(ids, MAX_ASSET_IDS, "Query.AssetIds");
    }

    private static boolean hasCriteria(Filter filter, Query query, ResultOptions options) {
        return blankToNull(query.searchPhrase()) != null || !nonBlank(query.keywordIds()).isEmpty()
                || !nonBlank(query.entityUris()).isEmpty() || !nonBlank(filter.assetFamilies()).isEmpty()
                || blankToNull(filter.clipType()) != null || Boolean.TRUE.equals(filter.excludeNudity())
                || !nonBlank(filter.formats()).isEmpty() || !nonBlank(filter.licensingModels()).isEmpty()
                || filter.collections() != null && !nonBlank(filter.collections().ids()).isEmpty()
                || blankToNull(options.sortOrder()) != null;
    }

    /** The families searched, in order. */
    private static Set<String> families(Filter filter) {
        Set<String> families = new LinkedHashSet<>();
        for (String family : nonBlank(filter.assetFamilies())) {
            families.add(Vocabularies.FAMILIES.toV3(family.trim()));
        }
        return families.size() == 1 ? families : new LinkedHashSet<>(List.of(CREATIVE, EDITORIAL));
    }

    /** The v3 searches of a validated body (not an AssetIds one). */
    static SearchPlan translate(SearchForVideosBody body, ResultWindow window, List<String> collectionCodes, boolean userSession) {
        Filter filter = body.filterOrNone();
        Query query = body.queryOrNone();
        List<StatusEntry> notes = new ArrayList<>();
        String language = LanguagePolicy.acceptLanguage(body.language(), notes::add);

        Map<String, String> common = new LinkedHashMap<>();
        common.put("phrase", blankToNull(query.searchPhrase()));
        common.put("keyword_ids", join(nonBlank(query.keywordIds())));
        List<String> formats = toV3(filter.formats(), Vocabularies.VIDEO_FORMATS);
        common.put("format_available", formats.size() == 1 ? formats.get(0) : null); // both formats: no filter
        if (!collectionCodes.isEmpty()) {
            common.put("collection_codes", String.join(",", collectionCodes));
            common.put("collections_filter_type", filter.collections().mode().trim().toLowerCase(Locale.ROOT));
        }
        Map<String, String> creative = new LinkedHashMap<>();
        creative.put("exclude_nudity", Boolean.TRUE.equals(filter.excludeNudity()) ? "true" : null);
        creative.put("license_models", join(toV3(filter.licensingModels(), Vocabularies.VIDEO_LICENSE_MODELS)));
        Map<String, String> editorial = new LinkedHashMap<>();
        editorial.put("editorial_video_types", blankToNull(filter.clipType()) == null ? null
                : Vocabularies.CLIP_TYPES.toV3(filter.clipType().trim()));
        if (!nonBlank(query.entityUris()).isEmpty()) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, "Query.EntityUris has no v3 equivalent and was ignored."));
        }

        Set<String> families = families(filter);
        String sort = blankToNull(body.optionsOrNone().sortOrder());
        List<SearchPlan.Segment> segments = new ArrayList<>();
        for (String family : families) {
            boolean isEditorial = family.equals(EDITORIAL);
            Map<String, String> params = new LinkedHashMap<>(common);
            params.putAll(isEditorial ? editorial : creative);
            Vocabulary orders = isEditorial ? Vocabularies.EDITORIAL_VIDEO_SORT_ORDERS : Vocabularies.CREATIVE_VIDEO_SORT_ORDERS;
            params.put("sort_order", sort == null ? null : orders.toV3(sort));
            params.put("fields", V3FieldSets.videoSearch(isEditorial, userSession));
            params.values().removeIf(Objects::isNull);
            segments.add(new SearchPlan.Segment(SearchPlan.Media.VIDEOS, family, params));
        }
        if (families.size() == 1) {
            boolean onlyEditorial = families.contains(EDITORIAL);
            notApplicable(notes, "Filter.ClipType", "editorial", !onlyEditorial && editorial.get("editorial_video_types") != null);
            notApplicable(notes, "Filter.ExcludeNudity", "creative", onlyEditorial && creative.get("exclude_nudity") != null);
            notApplicable(notes, "Filter.LicensingModels", "creative", onlyEditorial && creative.get("license_models") != null);
        } else if (sort != null) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, "ResultOptions.SortOrder '" + sort
                    + "' applies where that family has the order (both families were searched)."));
        }
        return new SearchPlan(segments, language, window.start(), window.count(), false, null, null, notes);
    }

    private static void notApplicable(List<StatusEntry> notes, String member, String family, boolean present) {
        if (present) {
            notes.add(StatusEntry.of(StatusCode.IGNORED_FIELD, member + " applies to " + family + " videos only and was ignored."));
        }
    }

    private static List<String> toV3(List<String> values, Vocabulary vocabulary) {
        return nonBlank(values).stream().map(value -> vocabulary.toV3(value.trim())).filter(Objects::nonNull).distinct().toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
