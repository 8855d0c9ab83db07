package com.connectgateway.sandbox.catalog;

import java.util.List;

/**
 * Films the video of a still: the clip's own facts are drawn from a die seeded by the video id,
 * so a video is a pure function of its still and the same on every start and every look-up.
 * Archive footage is SD and black and white era material; new footage is mostly HD, often 4K.
 */
final class VideoShoots {

    /** One catalog image in this many has a video: the fifth, tenth, ... of each ranking. */
    static final int ONE_IN = 5;

    private static final List<Double> FRAME_RATES = List.of(23.98, 25.0, 29.97, 50.0, 59.94);

    private VideoShoots() {
    }

    static SandboxVideo shoot(SandboxImage still) {
        String id = VideoIds.of(still);
        Dice dice = new Dice(Hashing.of(id));
        boolean archival = still.editorialSegments().contains(CatalogWords.ARCHIVAL)
                || still.dateCreated().getYear() < 1990;
        List<String> formats = archival ? List.of("sd")
                : dice.weighted(List.of(List.of("4k", "hd", "hd_web", "sd"), List.of("hd", "hd_web", "sd"),
                        List.of("hd", "sd"), List.of("sd")), 25, 35, 25, 15);
        String masteredTo = switch (formats.get(0)) {
            case "4k" -> "4K";
            case "hd" -> dice.chance(0.7) ? "HD 1080" : "HD 720";
            default -> archival ? "NTSC" : "SD";
        };
        String shotOn = switch (formats.get(0)) {
            case "4k" -> dice.pick(List.of("4K", "6K", "8K"));
            case "hd" -> dice.pick(List.of("HD 1080", "4K", "HD 720"));
            default -> archival ? dice.pick(List.of("16mm Film", "35mm Film", "Videotape")) : "SD";
        };
        String shotSpeed = archival ? "real_time" : dice.weighted(List.of("real_time", "slow_motion", "time_lapse"),
                70, 20, 10);
        double frameRate = archival ? 25.0 : dice.pick(FRAME_RATES);
        int clipFrames = dice.between(4 * 25, 60 * 25) * (int) Math.round(frameRate) / 25 + dice.between(0, 20);
        String license = still.creative() && SandboxImage.ROYALTY_FREE.equals(still.licenseModel())
                ? SandboxVideo.ROYALTY_FREE : SandboxVideo.RIGHTS_READY;
        String editorialType = still.creative() ? null : dice.chance(0.6) ? "raw" : "produced";
        String source = still.creative() ? null
                : still.editorialSource() != null ? still.editorialSource().name() : still.creditLine();
        return new SandboxVideo(id, still, license, archival ? "archival" : "contemporary", masteredTo, shotOn,
                shotSpeed, formats, frameRate, clipFrames, editorialType, source);
    }
}
