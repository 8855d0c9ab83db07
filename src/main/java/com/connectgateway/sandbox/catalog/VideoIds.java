package com.connectgateway.sandbox.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Video ids: 10^17 plus the id of the video's still, so any video id names its still and so the
 * whole video, nothing stored. Image ids stay far below 10^17 (nine digits in the hand-made
 * catalog, at most 16 in the open vocabulary, which {@link #requireBelow} checks at start), so a
 * video id is never an image id; at 18 digits it still fits a signed 64-bit integer.
 */
public final class VideoIds {

    static final long OFFSET = 100_000_000_000_000_000L;
    private static final Pattern DIGITS = Pattern.compile("1[0-9]{17}");

    private VideoIds() {
    }

    static String of(SandboxImage still) {
        return Long.toString(OFFSET + Long.parseLong(still.id()));
    }

    /** The still's id, or empty when this is not a video id. */
    static Optional<String> stillId(String videoId) {
        if (videoId == null || !DIGITS.matcher(videoId.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Long.toString(Long.parseLong(videoId.trim()) - OFFSET));
    }

    /** Refuses image ids that could reach the video range. */
    static void requireBelow(long largestImageId) {
        if (largestImageId >= OFFSET) {
            throw new IllegalStateException("Image ids up to " + largestImageId + " would collide with video ids");
        }
    }
}
