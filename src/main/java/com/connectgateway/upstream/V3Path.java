package com.connectgateway.upstream;

import java.nio.charset.StandardCharsets;

/**
 * A v3 resource path below {@code /v3/}, built from segments that are percent-encoded one by one,
 * so an id with a slash, '?' or '%' stays one segment and cannot reach another resource. The
 * encoded text goes on the request line as is; {@link #encodeQueryPart} encodes query names and values the same way.
 */
public record V3Path(String encoded) {

    private static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** E.g. {@code of("boards", boardId, "assets")} for {@code /v3/boards/{board_id}/assets}. */
    public static V3Path of(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                // A dot segment would be resolved away and name another resource.
                throw new IllegalArgumentException("a v3 path segment must not be empty, '.' or '..'");
            }
            if (!path.isEmpty()) {
                path.append('/');
            }
            encode(segment, path, false);
        }
        return new V3Path(path.toString());
    }

    /**
     * A query parameter name or value: unreserved characters and commas as they are (v3 lists are
     * comma-joined and stay readable), everything else percent-encoded, a space as {@code %20}.
     */
    static void encodeQueryPart(String text, StringBuilder out) {
        encode(text, out, true);
    }

    private static void encode(String text, StringBuilder out, boolean commaAllowed) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && UNRESERVED.indexOf(c) >= 0 || commaAllowed && c == ',') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
    }

    @Override
    public String toString() {
        return encoded;
    }
}
