package com.connectgateway.operations.images;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a lightbox item shows of its image, from a v3 image (or, when v3 no longer has the image,
 * from the board's own asset entry, which has display sizes only). The URLs follow the one display
 * size rule of the search and detail entries ({@link DisplaySizes}).
 */
public record ImageCard(String title, String caption, String thumb, String preview, String watermarkPreview,
        Integer maxWidth, Integer maxHeight) {

    public static ImageCard of(JsonNode v3) {
        DisplaySizes sizes = DisplaySizes.of(v3);
        JsonNode max = V3Fields.at(v3, "max_dimensions");
        return new ImageCard(V3Fields.text(v3, "title"), V3Fields.text(v3, "caption"),
                sizes.preferClean(DisplaySizes.THUMB), sizes.preferClean(DisplaySizes.PREVIEW), sizes.watermarked(DisplaySizes.PREVIEW),
                V3Fields.integer(max, "width"), V3Fields.integer(max, "height"));
    }
}
