package com.connectgateway.sandbox.v3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders boards as v3 JSON, for one caller: what the board is to him ({@code owned} or
 * {@code invited}) and what he may do with it depend on who asks. Display-size URIs are the ones
 * {@code /v3/images} gives for the same image ({@link ImageRenderer#displayUri}).
 */
final class BoardJson {

    /** Per-request facts: who asks, the host to point media links at, and the key's comp entitlement. */
    record Context(String user, String baseUrl, boolean unwatermarkedComps) {
    }

    static final String OWNED = "owned";
    static final String INVITED = "invited";
    /** The board detail lists every asset with these sizes; a list entry's hero asset only with a thumb. */
    private static final List<String> DETAIL_SIZES = List.of("thumb", "preview", "comp");
    private static final List<String> HERO_SIZES = List.of("thumb");
    /** Board links point at the Getty site, as v3's do; the sandbox serves no board pages of its own. */
    private static final String SITE = "https://www.gettyimages.com/collaboration/boards/";

    private BoardJson() {
    }

    static String relationship(Board board, String user) {
        return board.ownedBy(user) ? OWNED : INVITED;
    }

    /** An element of {@code GET /v3/boards}' {@code boards}. */
    static Map<String, Object> listed(Board board, Context context) {
        Map<String, Object> json = header(board);
        json.put("board_relationship", relationship(board, context.user()));
        // v3 does not say which asset is the hero; the sandbox takes the one added last.
        List<Board.Asset> assets = board.assets();
        json.put("hero_asset", assets.isEmpty() ? null : asset(assets.get(assets.size() - 1), HERO_SIZES, context));
        return json;
    }

    /** {@code GET /v3/boards/{id}}: the header, every asset oldest first, and the caller's permissions. */
    static Map<String, Object> detail(Board board, Context context) {
        Map<String, Object> json = header(board);
        json.put("comment_count", 0);
        List<Map<String, Object>> assets = new ArrayList<>();
        board.assets().forEach(asset -> assets.add(asset(asset, DETAIL_SIZES, context)));
        json.put("assets", assets);
        boolean owner = board.ownedBy(context.user());
        Map<String, Object> permissions = new LinkedHashMap<>();
        permissions.put("can_delete_board", owner);
        permissions.put("can_invite_to_board", owner);
        permissions.put("can_update_name", owner);
        permissions.put("can_update_description", owner);
        permissions.put("can_add_assets", true);
        permissions.put("can_remove_assets", true);
        json.put("permissions", permissions);
        Map<String, Object> links = new LinkedHashMap<>();
        // Only someone who may invite gets an invitation link.
        links.put("invitation", owner ? SITE + board.id() + "/invitation" : null);
        links.put("share", SITE + board.id());
        json.put("links", links);
        return json;
    }

    private static Map<String, Object> header(Board board) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", board.id());
        json.put("name", board.name());
        json.put("description", board.description());
        json.put("asset_count", board.assets().size());
        json.put("date_created", SandboxDates.iso(board.created()));
        json.put("date_last_updated", SandboxDates.iso(board.lastUpdated()));
        return json;
    }

    private static Map<String, Object> asset(Board.Asset asset, List<String> sizes, Context context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", asset.imageId());
        json.put("asset_type", "image");
        json.put("date_added", SandboxDates.iso(asset.added()));
        List<Map<String, Object>> displaySizes = new ArrayList<>();
        for (String size : sizes) {
            Map<String, Object> displaySize = new LinkedHashMap<>();
            displaySize.put("name", size);
            displaySize.put("uri", ImageRenderer.displayUri(context.baseUrl(), asset.imageId(), size,
                    context.unwatermarkedComps()));
            displaySizes.add(displaySize);
        }
        json.put("display_sizes", displaySizes);
        return json;
    }
}
