package com.connectgateway.sandbox.catalog;

import java.util.List;

/**
 * One catalog video. Every video was shot alongside one catalog image, its {@code still}: it
 * shares the still's title, caption, keywords, people, events, collection, dates and products,
 * so the words that find the image find the video, and a search orders videos by the same facts
 * as images. What only a clip has is held here.
 *
 * @param formats          lower case, best first: some of {@code 4k}, {@code hd}, {@code hd_web},
 *                         {@code sd}; they decide the download sizes and the {@code format_available} filter
 * @param editorialType    {@code raw} or {@code produced} for editorial videos, null for creative ones
 * @param source           the agency of an editorial video, null for creative ones
 * @param clipFrames       length in frames at {@code frameRate}
 */
public record SandboxVideo(
        String id,
        SandboxImage still,
        String licenseModel,
        String era,
        String masteredTo,
        String originallyShotOn,
        String shotSpeed,
        List<String> formats,
        double frameRate,
        int clipFrames,
        String editorialType,
        String source) {

    public static final String ROYALTY_FREE = SandboxImage.ROYALTY_FREE;
    public static final String RIGHTS_READY = "rightsready";

    public String assetFamily() {
        return still.assetFamily();
    }

    public boolean creative() {
        return still.creative();
    }

    /**
     * v3's {@code "HH:MM:SS:FF"}: hours, minutes, seconds and the frames left over, counted at the
     * clip's frame rate rounded to whole frames per second, as timecodes count them.
     */
    public String clipLength() {
        int perSecond = (int) Math.round(frameRate);
        int seconds = clipFrames / perSecond;
        return String.format("%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                clipFrames % perSecond);
    }

    public boolean nudity() {
        return still.nudity();
    }
}
