package com.connectgateway.operations.search;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The EventIds of a GetEventDetails request: trimmed, blanks dropped, duplicates once in first-seen
 * order, each a positive whole number (Getty event ids are positive ints), at most {@code max}.
 */
final class EventIds {

    private EventIds() {
    }

    /**
     * @throws LegacyFault MissingEventIds when none is given, InvalidRequest naming the first id that
     *         is not a positive whole number, AssetIdListExceedsMaxAllowed above {@code max} distinct ids
     */
    static List<Integer> of(List<String> requested, int max) {
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        if (requested != null) {
            for (String raw : requested) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                ids.add(positive(raw.trim()));
            }
        }
        if (ids.isEmpty()) {
            throw new LegacyFault(StatusCode.MISSING_EVENT_IDS,
                    "GetEventDetailsRequestBody.EventIds must name at least one event.");
        }
        if (ids.size() > max) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED,
                    "At most " + max + " event ids may be requested at once; " + ids.size() + " were given.");
        }
        return new ArrayList<>(ids);
    }

    private static int positive(String id) {
        int value;
        try {
            value = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            value = 0;
        }
        if (value <= 0) {
            String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
            throw new LegacyFault(StatusCode.INVALID_REQUEST,
                    "GetEventDetailsRequestBody.EventIds: '" + shown + "' is not an event id (a positive whole number).");
        }
        return value;
    }
}
