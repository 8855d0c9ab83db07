package com.connectgateway.operations.download;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The result shapes of the download operations, as the legacy docs write them. */
public final class DownloadResults {

    private DownloadResults() {
    }

    /** An authorization of GetLargestImageDownloadAuthorizations (with the SizeKey it is for). */
    @RegisterForReflection
    @JsonPropertyOrder({ "DownloadIsFree", "DownloadToken", "ProductOfferingInstanceId", "ProductOfferingType", "SizeKey" })
    public record LargestAuthorization(
            @JsonProperty("DownloadIsFree") boolean downloadIsFree,
            @JsonProperty("DownloadToken") String downloadToken,
            @JsonProperty("ProductOfferingInstanceId") String productOfferingInstanceId,
            @JsonProperty("ProductOfferingType") String productOfferingType,
            @JsonProperty("SizeKey") String sizeKey) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "Authorizations", "ImageId" })
    public record LargestImage(
            @JsonProperty("Authorizations") List<LargestAuthorization> authorizations,
            @JsonProperty("ImageId") String imageId) {
    }

    @RegisterForReflection
    public record LargestResult(@JsonProperty("Images") List<LargestImage> images) {
    }

    /** An authorization of GetImageDownloadAuthorizations; DownloadsRemaining is null for unlimited products. */
    @RegisterForReflection
    @JsonPropertyOrder({ "DownloadIsFree", "DownloadToken", "ProductOfferingInstanceId", "ProductOfferingType",
            "DownloadsRemaining" })
    public record SizeAuthorization(
            @JsonProperty("DownloadIsFree") boolean downloadIsFree,
            @JsonProperty("DownloadToken") String downloadToken,
            @JsonProperty("ProductOfferingInstanceId") String productOfferingInstanceId,
            @JsonProperty("ProductOfferingType") String productOfferingType,
            @JsonProperty("DownloadsRemaining") Integer downloadsRemaining) {
    }

    /** One requested ImageId/SizeKey pair, echoed exactly as sent, with its Status. */
    @RegisterForReflection
    @JsonPropertyOrder({ "Authorizations", "ImageId", "SizeKey", "Status" })
    public record SizeImage(
            @JsonProperty("Authorizations") List<SizeAuthorization> authorizations,
            @JsonProperty("ImageId") String imageId,
            @JsonProperty("SizeKey") String sizeKey,
            @JsonProperty("Status") String status) {
    }

    @RegisterForReflection
    public record SizeResult(@JsonProperty("Images") List<SizeImage> images) {
    }

    @RegisterForReflection
    @JsonPropertyOrder({ "ImageId", "SizeName", "Status", "UrlAttachment" })
    public record DownloadUrl(
            @JsonProperty("ImageId") String imageId,
            @JsonProperty("SizeName") String sizeName,
            @JsonProperty("Status") String status,
            @JsonProperty("UrlAttachment") String urlAttachment) {

        @Override
        public String toString() {
            return "DownloadUrl[imageId=" + imageId + ", status=" + status + ", urlAttachment=***]";
        }
    }

    @RegisterForReflection
    public record CreateDownloadResult(@JsonProperty("DownloadUrls") List<DownloadUrl> downloadUrls) {
    }
}
