package com.connectgateway.compare;

import java.util.Locale;
import java.util.Set;

/**
 * The one list of operations that change state or consume quota upstream. The replay does not
 * send them unless {@code --allow-side-effects} is given; the report lists them as skipped.
 */
public final class SideEffects {

    private static final Set<String> OPERATIONS = Set.of("download/createdownloadrequest", "download/singlestepdownload",
            "usage/reportusage", "partnerassetingestion/confirmassetchanges", "account/createcustomer",
            "purchase/createpurchaserequest");

    /** Every lightbox write starts with one of these verbs (CreateLightbox, AddItems..., DeleteLightboxItems). */
    private static final Set<String> LIGHTBOX_WRITE_VERBS = Set.of("create", "delete", "update", "add", "remove");

    private SideEffects() {
    }

    public static boolean changesState(String operation) {
        String key = operation.toLowerCase(Locale.ROOT);
        if (OPERATIONS.contains(key)) {
            return true;
        }
        if (key.startsWith("lightbox/")) {
            String name = key.substring("lightbox/".length());
            return LIGHTBOX_WRITE_VERBS.stream().anyMatch(name::startsWith);
        }
        return false;
    }
}
