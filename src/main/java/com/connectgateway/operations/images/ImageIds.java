package com.connectgateway.operations.images;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The image ids of a batch request: trimmed, blanks dropped, duplicates once, within the legacy limit. */
public final class ImageIds {

    /**
     * Longest image id accepted. Getty ids are short (digits, or a few letters and digits); the cap
     * keeps a full batch inside the URL length v3 accepts (longer URLs get 414).
     */
    public static final int MAX_ID_LENGTH = 32;

    private ImageIds() {
    }

    /**
     * @throws LegacyFault InvalidRequest when none is given or one is longer than {@value #MAX_ID_LENGTH},
     *         AssetIdListExceedsMaxAllowed above {@code max}
     */
    public static List<String> of(List<String> requested, int max, String member) {
        return of(requested, max, member, StatusCode.INVALID_REQUEST);
    }

    /** The same, with {@code invalid} as the code of an empty list or an overlong id (InvalidAssets for lightbox items). */
    public static List<String> of(List<String> requested, int max, String member, StatusCode invalid) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(ids::add);
        }
        if (ids.stream().anyMatch(id -> id.length() > MAX_ID_LENGTH)) {
            throw new LegacyFault(invalid, member + " holds an image id longer than " + MAX_ID_LENGTH + " characters.");
        }
        if (ids.isEmpty()) {
            throw new LegacyFault(invalid, member + " must name at least one image.");
        }
        if (ids.size() > max) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED, "At most " + max + " image ids may be requested at once.");
        }
        return new ArrayList<>(ids);
    }
}
