package com.connectgateway.operations.images;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.UrlSafeBase64;
import java.nio.charset.StandardCharsets;

/**
 * The gateway's {@code SizeKey} for one downloadable size of one image: opaque to clients, and
 * carrying what a v3 download needs (the image and the pixel height of the size).
 */
public record SizeKey(String imageId, String sizeName, int height) {

    private static final String VERSION = "s1";

    public String encode() {
        String plain = VERSION + "|" + imageId + "|" + (sizeName == null ? "" : sizeName) + "|" + height;
        return UrlSafeBase64.encode(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws LegacyFault InvalidSizeKey when the key was not made by {@link #encode()} */
    public static SizeKey decode(String key) {
        try {
            // Only the spelling encode() writes, so one size has one key.
            byte[] bytes = UrlSafeBase64.decodeCanonical(key);
            String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
                throw new IllegalArgumentException("not a size key");
            }
            return new SizeKey(parts[1], parts[2].isEmpty() ? null : parts[2], Integer.parseInt(parts[3]));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LegacyFault(StatusCode.INVALID_SIZE_KEY);
        }
    }
}
