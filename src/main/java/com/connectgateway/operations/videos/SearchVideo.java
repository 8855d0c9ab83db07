package com.connectgateway.operations.videos;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A {@code Video} entry of SearchForVideosResult, in the legacy names and order. Every member is
 * present; one v3 has nothing for is null, or an empty list for the lists.
 */
@RegisterForReflection
@JsonPropertyOrder({ "AspectRatios", "AssetFamily", "AssetId", "AuthorizationConstraints", "Caption", "ClipLength", "CollectionId",
        "CollectionName", "Color", "Copyright", "DateCreated", "DownloadSizes", "Era", "FilmMaker", "Keywords", "LicenseType",
        "MasteredTo", "OriginallyShotOn", "Release", "Restrictions", "ShotSpeed", "Source", "Title", "Urls" })
public record SearchVideo(
        @JsonProperty("AspectRatios") List<String> aspectRatios,
        @JsonProperty("AssetFamily") String assetFamily,
        @JsonProperty("AssetId") String assetId,
        @JsonProperty("AuthorizationConstraints") List<String> authorizationConstraints,
        @JsonProperty("Caption") String caption,
        @JsonProperty("ClipLength") String clipLength,
        @JsonProperty("CollectionId") String collectionId,
        @JsonProperty("CollectionName") String collectionName,
        @JsonProperty("Color") String color,
        @JsonProperty("Copyright") String copyright,
        @JsonProperty("DateCreated") LegacyDate dateCreated,
        @JsonProperty("DownloadSizes") List<DownloadSize> downloadSizes,
        @JsonProperty("Era") String era,
        @JsonProperty("FilmMaker") String filmMaker,
        @JsonProperty("Keywords") List<Keyword> keywords,
        @JsonProperty("LicenseType") String licenseType,
        @JsonProperty("MasteredTo") String masteredTo,
        @JsonProperty("OriginallyShotOn") String originallyShotOn,
        @JsonProperty("Release") String release,
        @JsonProperty("Restrictions") List<String> restrictions,
        @JsonProperty("ShotSpeed") String shotSpeed,
        @JsonProperty("Source") String source,
        @JsonProperty("Title") String title,
        @JsonProperty("Urls") Urls urls) {

    @RegisterForReflection
    @JsonPropertyOrder({ "Description", "Name", "DownloadAuthorizations" })
    public record DownloadSize(
            @JsonProperty("Description") String description,
            @JsonProperty("Name") String name,
            @JsonProperty("DownloadAuthorizations") List<DownloadAuthorization> downloadAuthorizations) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "DownloadToken", "ProductOfferingInstanceId", "ProductOfferingType" })
    public record DownloadAuthorization(
            @JsonProperty("DownloadToken") String downloadToken,
            @JsonProperty("ProductOfferingInstanceId") String productOfferingInstanceId,
            @JsonProperty("ProductOfferingType") String productOfferingType) {
    }

    /** The docs' JSON template names KeywordId and KeywordWeight (its table says Id and Weight): the template is what SDKs parsed. */
    @RegisterForReflection
    @JsonPropertyOrder({ "KeywordId", "KeywordWeight", "Text", "Type" })
    public record Keyword(
            @JsonProperty("KeywordId") String keywordId,
            @JsonProperty("KeywordWeight") Integer keywordWeight,
            @JsonProperty("Text") String text,
            @JsonProperty("Type") String type) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "Comp", "FlashPreview", "StoryBoard", "Thumb" })
    public record Urls(
            @JsonProperty("Comp") String comp,
            @JsonProperty("FlashPreview") String flashPreview,
            @JsonProperty("StoryBoard") List<StoryBoardItem> storyBoard,
            @JsonProperty("Thumb") String thumb) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "ImageUrl", "SequenceNumber" })
    public record StoryBoardItem(
            @JsonProperty("ImageUrl") String imageUrl,
            @JsonProperty("SequenceNumber") int sequenceNumber) {
    }
}
