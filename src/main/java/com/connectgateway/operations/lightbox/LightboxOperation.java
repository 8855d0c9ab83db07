package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.UserSessions;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the lightbox operations share: the service segment, the transport rule (any token over
 * either transport, as the docs have it), a user session (v3 boards belong to users), and the
 * reading of LightboxId and of the members v3 cannot store.
 */
abstract class LightboxOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "lightbox";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    /** v3 boards belong to users (the shared rule: an application session is refused before any v3 call). */
    static void requireUser(OperationCall<?> call) {
        UserSessions.requireUser(call, LightboxFailures.OWNED);
    }

    /** A LightboxId must be given; one that cannot be a board's (zero, negative) names none. */
    static int lightboxId(Integer id, String operation) {
        if (id == null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, operation + "RequestBody.LightboxId is required.");
        }
        if (id <= 0) {
            throw new LegacyFault(StatusCode.LIGHTBOX_ID_DOES_NOT_EXIST, "Lightbox " + id + " does not exist.");
        }
        return id;
    }

    /** A LightboxName must have text. */
    static String lightboxName(String name) {
        if (name == null || name.isBlank()) {
            throw new LegacyFault(StatusCode.INVALID_LIGHTBOX_NAME);
        }
        return name;
    }

    /** ClientName and ProjectName: v3 boards have only a name and a description, so they are reported, not kept. */
    static List<StatusEntry> unkeptMembers(String clientName, String projectName) {
        return Stream.of(clientName == null || clientName.isBlank() ? null : "ClientName",
                        projectName == null || projectName.isBlank() ? null : "ProjectName")
                .filter(Objects::nonNull)
                .map(member -> StatusEntry.of(StatusCode.IGNORED_FIELD,
                        member + " has no place on a v3 board and was not kept (GetLightbox answers it as null)."))
                .toList();
    }
}
