package com.connectgateway.operations.lightbox;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.ResultWindow;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.V3Pages;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The user's boards as v3 lists them ({@code GET /v3/boards}, owned and invited, v3's order: last
 * changed first): a legacy window of them, or the one behind a LightboxId. A LightboxId is derived
 * from the board id ({@link LightboxIds}), so finding it means reading the list; nothing is kept
 * between requests, which is what makes the ids the same on every replica and after a restart.
 */
@ApplicationScoped
class BoardDirectory {

    /** More boards than this are not searched for a LightboxId (a hundred v3 pages). */
    static final int MAX_BOARDS_SEARCHED = 10_000;

    private final V3Api v3;
    private final UpstreamCalls upstream;

    BoardDirectory(V3Api v3, UpstreamCalls upstream) {
        this.v3 = v3;
        this.upstream = upstream;
    }

    /** {@link #find(V3Caller, int)} as a v3 step of its own, for the operations that then change the board. */
    JsonNode find(OperationCall<?> call, int lightboxId) {
        return upstream.run(call, LightboxFailures::ofRead, caller -> find(caller, lightboxId));
    }

    /** Exactly the boards {@code window.start()..window.last()} of the list, read with as few v3 pages as cover them. */
    V3Pages.Window window(V3Caller caller, ResultWindow window) {
        return V3Pages.read(window, "boards", BoardDirectory::count, (page, size) -> v3.boards(caller, page, size));
    }

    /**
     * The list entry of the board whose LightboxId is {@code lightboxId}.
     *
     * @throws LegacyFault LightboxIdDoesNotExist when none of the user's boards has it, or (31-bit ids
     *         derived from string ids, about one chance in two million for a user with a hundred boards)
     *         when two have it
     */
    JsonNode find(V3Caller caller, int lightboxId) {
        JsonNode found = null;
        int pageSize = ResultWindow.MAX_PAGE_SIZE;
        for (long page = 1, seen = 0; seen < MAX_BOARDS_SEARCHED; page++) {
            JsonNode answer = v3.boards(caller, page, pageSize);
            int onPage = 0;
            for (JsonNode board : answer.path("boards")) {
                onPage++;
                if (LightboxIds.of(board.path("id").asText()) == lightboxId) {
                    if (found != null) {
                        throw new LegacyFault(StatusCode.LIGHTBOX_ID_DOES_NOT_EXIST, "Two of your lightboxes share LightboxId "
                                + lightboxId + "; it cannot name either. Use GetLightboxHeaders to see them.");
                    }
                    found = board;
                }
            }
            seen += onPage;
            if (onPage < pageSize || seen >= count(answer)) {
                break;
            }
        }
        if (found == null) {
            throw new LegacyFault(StatusCode.LIGHTBOX_ID_DOES_NOT_EXIST, "Lightbox " + lightboxId + " does not exist.");
        }
        return found;
    }

    /** {@code board_count}, or {@code result_count} as v3 named it in 2015-16. */
    private static long count(JsonNode answer) {
        JsonNode count = answer.has("board_count") ? answer.path("board_count") : answer.path("result_count");
        return count.asLong();
    }
}
