package com.connectgateway.operations.images;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The image ids of a batch request: trimmed, blanks dropped, duplicates once, within the legacy limit. */
public final class ImageIds {

    private ImageIds() {
    }

    /**
     * @throws LegacyFault InvalidRequest when none is given, AssetIdListExceedsMaxAllowed above {@code max}
     */
    public static List<String> of(List<String> requested, int max, String member) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, member + " must name at least one image.");
        }
        if (ids.size() > max) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED, "At most " + max + " image ids may be requested at once.");
        }
        return new ArrayList<>(ids);
    }
}
