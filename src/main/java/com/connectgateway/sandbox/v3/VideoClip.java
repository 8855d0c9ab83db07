package com.connectgateway.sandbox.v3;

/**
 * The sandbox's one video file, served as every video's preview and download. Placeholder until
 * the generated clip lands.
 */
final class VideoClip {

    static final String MEDIA_TYPE = "video/mp4";

    private static final byte[] MP4 = new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
            'i', 's', 'o', 'm', 'm', 'p', '4', '1' };

    private VideoClip() {
    }

    static byte[] mp4() {
        return MP4.clone();
    }
}
