package com.connectgateway.operations.images;

import com.connectgateway.operations.images.LegacyImageParts.ReferralDestination;
import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The members a legacy image entry has in both SearchForImages and GetImageDetails. */
@RegisterForReflection
public record ImageSummary(
        @JsonProperty("ApplicableProductOfferings") List<String> applicableProductOfferings,
        @JsonProperty("Artist") String artist,
        @JsonProperty("Caption") String caption,
        @JsonProperty("CollectionId") String collectionId,
        @JsonProperty("CollectionName") String collectionName,
        @JsonProperty("ColorType") String colorType,
        @JsonProperty("Copyright") String copyright,
        @JsonProperty("DateCreated") LegacyDate dateCreated,
        @JsonProperty("DateSubmitted") LegacyDate dateSubmitted,
        @JsonProperty("EditorialSegments") List<String> editorialSegments,
        @JsonProperty("EditorialSourceId") String editorialSourceId,
        @JsonProperty("EditorialSourceName") String editorialSourceName,
        @JsonProperty("EventIds") List<Long> eventIds,
        @JsonProperty("GraphicStyle") String graphicStyle,
        @JsonProperty("ImageFamily") String imageFamily,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("LicensingModel") String licensingModel,
        @JsonProperty("QualityRank") Integer qualityRank,
        @JsonProperty("ReferralDestinations") List<ReferralDestination> referralDestinations,
        @JsonProperty("ReleaseMessage") String releaseMessage,
        @JsonProperty("Restrictions") List<String> restrictions,
        @JsonProperty("Title") String title,
        @JsonProperty("UrlComp") String urlComp,
        @JsonProperty("UrlPreview") String urlPreview,
        @JsonProperty("UrlThumb") String urlThumb,
        @JsonProperty("UrlWatermarkComp") String urlWatermarkComp,
        @JsonProperty("UrlWatermarkPreview") String urlWatermarkPreview) {
}
