package com.connectgateway.operations.images;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The gateway's {@code SizeKey} for one downloadable size of one image: opaque to clients, and
 * carrying what a v3 download needs (the image and the pixel height of the size).
 */
public record SizeKey(String imageId, String sizeName, int height) {

    private static final String VERSION = "s1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public String encode() {
        String plain = VERSION + "|" + imageId + "|" + (sizeName == null ? "" : sizeName) + "|" + height;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws LegacyFault InvalidSizeKey when the key was not made by {@link #encode()} */
    public static SizeKey decode(String key) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(key);
            // Only the spelling encode() writes: the decoder ignores unused trailing bits and padding.
            if (!ENCODER.encodeToString(bytes).equals(key)) {
                throw new IllegalArgumentException("not canonical base64url");
            }
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
