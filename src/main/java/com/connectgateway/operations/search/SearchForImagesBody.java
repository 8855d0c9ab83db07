package com.connectgateway.operations.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * {@code SearchForImagesRequestBody} (v2) and {@code SearchForImages2RequestBody} (v1): the same
 * members. Enumerated values are kept as strings so each can be refused with its own legacy code.
 */
@RegisterForReflection
public record SearchForImagesBody(
        @JsonProperty("Filter") Filter filter,
        @JsonProperty("Language") String language,
        @JsonProperty("Query") Query query,
        @JsonProperty("ResultOptions") ResultOptions resultOptions) {

    @RegisterForReflection
    public record Filter(
            @JsonProperty("Collections") IdsAndMode collections,
            @JsonProperty("EditorialSegments") List<String> editorialSegments,
            @JsonProperty("EditorialSources") IdsAndMode editorialSources,
            @JsonProperty("EmbedContentOnly") Boolean embedContentOnly,
            @JsonProperty("ExcludeNudity") Boolean excludeNudity,
            @JsonProperty("FileTypes") List<String> fileTypes,
            @JsonProperty("GraphicStyles") List<String> graphicStyles,
            @JsonProperty("ImageFamilies") List<String> imageFamilies,
            @JsonProperty("LicensingModels") List<String> licensingModels,
            @JsonProperty("Orientations") List<String> orientations,
            @JsonProperty("ProductOfferings") List<String> productOfferings,
            @JsonProperty("Refinements") List<Refinement> refinements,
            @JsonProperty("WhiteBackgroundOnly") Boolean whiteBackgroundOnly) {
    }

    @RegisterForReflection
    public record IdsAndMode(@JsonProperty("Ids") List<String> ids, @JsonProperty("Mode") String mode) {
    }

    @RegisterForReflection
    public record Refinement(@JsonProperty("Category") String category, @JsonProperty("Id") String id) {
    }

    @RegisterForReflection
    public record Query(
            @JsonProperty("DateCreatedRange") DateRange dateCreatedRange,
            @JsonProperty("EventId") Long eventId,
            @JsonProperty("SearchPhrase") String searchPhrase,
            @JsonProperty("KeywordIds") List<String> keywordIds,
            @JsonProperty("EntityUris") List<String> entityUris,
            @JsonProperty("SpecificPersons") List<String> specificPersons) {
    }

    /** Dates as ISO {@code YYYY-MM-DD} (v2) or the .NET {@code \/Date(..)\/} form (v1). */
    @RegisterForReflection
    public record DateRange(@JsonProperty("StartDate") String startDate, @JsonProperty("EndDate") String endDate) {
    }

    @RegisterForReflection
    public record ResultOptions(
            @JsonProperty("IncludeKeywords") Boolean includeKeywords,
            @JsonProperty("ItemCount") Integer itemCount,
            @JsonProperty("ItemStartNumber") Integer itemStartNumber,
            @JsonProperty("RefinementOptionsSet") String refinementOptionsSet,
            @JsonProperty("EditorialSortOrder") String editorialSortOrder,
            @JsonProperty("CreativeSortOrder") String creativeSortOrder) {
    }
}
