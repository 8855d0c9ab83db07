package com.connectgateway.operations.download;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The request bodies of the download operations. */
public final class DownloadBodies {

    private DownloadBodies() {
    }

    @RegisterForReflection
    public record ImageRef(@JsonProperty("ImageId") String imageId) {
    }

    /** {@code GetLargestImageDownloadAuthorizationsRequestBody}. */
    @RegisterForReflection
    public record LargestBody(@JsonProperty("Images") List<ImageRef> images) {
    }

    @RegisterForReflection
    public record ImageSize(@JsonProperty("ImageId") String imageId, @JsonProperty("SizeKey") String sizeKey) {
    }

    /** {@code GetImageDownloadAuthorizationsRequestBody}. */
    @RegisterForReflection
    public record SizesBody(@JsonProperty("ImageSizes") List<ImageSize> imageSizes) {
    }

    @RegisterForReflection
    public record DownloadItem(@JsonProperty("DownloadToken") String downloadToken) {

        @Override
        public String toString() {
            return "DownloadItem[***]";
        }
    }

    /** {@code CreateDownloadRequestBody}. */
    @RegisterForReflection
    public record CreateBody(@JsonProperty("DownloadItems") List<DownloadItem> downloadItems) {
    }
}
