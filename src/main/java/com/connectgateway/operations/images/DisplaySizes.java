package com.connectgateway.operations.images;

import static com.connectgateway.operations.images.V3Fields.elements;
import static com.connectgateway.operations.images.V3Fields.flag;
import static com.connectgateway.operations.images.V3Fields.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The URIs of an image's {@code display_sizes} that legacy members take, found in one pass over
 * the array (the mapper used to walk it once per member, five to seven times per image): for each
 * size name the first watermarked and the first clean URI.
 */
final class DisplaySizes {

    /** The size names legacy members are made from. */
    static final String COMP = "comp";
    static final String PREVIEW = "preview";
    static final String THUMB = "thumb";
    static final String HIGH_RES_COMP = "high_res_comp";

    private static final String[] NAMES = { COMP, PREVIEW, THUMB, HIGH_RES_COMP };

    private final String[] watermarked = new String[NAMES.length];
    private final String[] clean = new String[NAMES.length];

    private DisplaySizes() {
    }

    static DisplaySizes of(JsonNode v3) {
        DisplaySizes sizes = new DisplaySizes();
        for (JsonNode size : elements(v3, "display_sizes")) {
            int index = indexOf(text(size, "name"));
            if (index < 0) {
                continue;
            }
            String[] copies = flag(size, "is_watermarked") ? sizes.watermarked : sizes.clean;
            if (copies[index] == null) {
                copies[index] = text(size, "uri"); // a size without a uri leaves the place to the next one
            }
        }
        return sizes;
    }

    private static int indexOf(String name) {
        if (name != null) {
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The plain members (UrlThumb, UrlPreview, UrlComp): the clean copy, else the watermarked one.
     * Real v3 marks comp and preview watermarked for most keys, and clients show UrlPreview/UrlComp,
     * so the plain member falls back to the watermarked copy rather than staying null.
     */
    String preferClean(String name) {
        int index = indexOf(name);
        return clean[index] != null ? clean[index] : watermarked[index];
    }

    /** The UrlWatermark* members: only a watermarked copy. */
    String watermarked(String name) {
        return watermarked[indexOf(name)];
    }
}
