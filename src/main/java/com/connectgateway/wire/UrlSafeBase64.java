package com.connectgateway.wire;

import java.util.Base64;

/**
 * Unpadded base64url, the spelling of every opaque value the gateway hands to clients (tokens,
 * DownloadTokens, SizeKeys). Decoding accepts only that one spelling: the JDK decoder alone also
 * takes padding and ignores unused trailing bits, so several strings would mean the same value.
 */
public final class UrlSafeBase64 {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private UrlSafeBase64() {
    }

    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** @throws IllegalArgumentException when {@code text} is not base64url exactly as {@link #encode} writes it */
    public static byte[] decodeCanonical(String text) {
        byte[] bytes = DECODER.decode(text);
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical base64url");
        }
        return bytes;
    }
}
