package com.connectgateway.operations.download;

import java.time.Instant;

/**
 * What a DownloadToken authorises: one asset, at one size (pixel height, or a size name for
 * videos; null height = largest), through one product, for one session, until {@code expiresAt}.
 */
public record DownloadGrant(
        AssetType assetType,
        String assetId,
        Integer height,
        String sizeName,
        String productType,
        String productId,
        String sessionTag,
        Instant expiresAt) {

    public enum AssetType {
        IMAGE("i"), VIDEO("v");

        private final String code;

        AssetType(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        static AssetType of(String code) {
            for (AssetType type : values()) {
                if (type.code.equals(code)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("asset type " + code);
        }
    }

    /**
     * The legacy DownloadUrls[].SizeName: v3's size name when it gave one, otherwise a label made
     * from what the token holds (v3 answers often name no size, and clients expect a value).
     */
    public String sizeLabel() {
        if (sizeName != null) {
            return sizeName;
        }
        return height == null ? "largest" : height + "px";
    }
}
