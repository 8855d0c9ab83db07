package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyWireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code gateway.legacy.max-body-size} on the operation paths, for declared and chunked bodies
 * alike: a body is read only up to one byte past the limit, so an oversized upload is refused once
 * the limit is passed instead of being buffered whole (the HTTP server's own cap is 10 MiB).
 */
@ApplicationScoped
public class LegacyBodyLimit {

    /** The most a byte array can hold: larger limits are capped here. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    private final long limit;

    LegacyBodyLimit(LegacyWireConfig wire) {
        this.limit = Math.min(wire.maxBodySize().asLongValue(), LARGEST_ARRAY - 1);
    }

    public long bytes() {
        return limit;
    }

    /** Whether a {@code Content-Length} header announces more than the limit (an unreadable one does not). */
    boolean declaredAbove(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The whole body, or null as soon as more than the limit has arrived; the rest is left unread. */
    byte[] readWithin(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes((int) limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
