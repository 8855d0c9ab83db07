package com.connectgateway.operations.search;

import com.connectgateway.operations.search.SearchForImagesBody.IdsAndMode;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code SearchForVideosRequestBody}, members as the legacy docs name them. */
@RegisterForReflection
public record SearchForVideosBody(
        @JsonProperty("Filter") Filter filter,
        @JsonProperty("Language") String language,
        @JsonProperty("Query") Query query,
        @JsonProperty("ResultOptions") ResultOptions resultOptions) {

    @RegisterForReflection
    public record Filter(
            @JsonProperty("AssetFamilies") List<String> assetFamilies,
            @JsonProperty("ClipType") String clipType,
            @JsonProperty("Collections") IdsAndMode collections,
            @JsonProperty("ExcludeNudity") Boolean excludeNudity,
            @JsonProperty("Formats") List<String> formats,
            @JsonProperty("LicensingModels") List<String> licensingModels) {

        static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    @RegisterForReflection
    public record Query(
            @JsonProperty("AssetIds") List<String> assetIds,
            @JsonProperty("KeywordIds") List<String> keywordIds,
            @JsonProperty("SearchPhrase") String searchPhrase,
            @JsonProperty("EntityUris") List<String> entityUris) {

        static final Query NONE = new Query(null, null, null, null);
    }

    @RegisterForReflection
    public record ResultOptions(
            @JsonProperty("ItemCount") Integer itemCount,
            @JsonProperty("ItemStartNumber") Integer itemStartNumber,
            @JsonProperty("SortOrder") String sortOrder) {

        static final ResultOptions NONE = new ResultOptions(null, null, null);
    }

    Filter filterOrNone() {
        return filter == null ? Filter.NONE : filter;
    }

    Query queryOrNone() {
        return query == null ? Query.NONE : query;
    }

    ResultOptions optionsOrNone() {
        return resultOptions == null ? ResultOptions.NONE : resultOptions;
    }
}
