package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The v3 boards, v3's replacement for lightboxes: list, create, read, rename and delete boards,
 * and add and remove their assets. Every call needs a user token, as downloads do (401 without a
 * valid token, 403 UserTokenRequired for an application token). Checks run in the order token,
 * query, body, board, access. Who may do what is {@link SandboxBoards}' concern.
 *
 * <p>Bodies are declared as any media type and their type checked here, after the token: the
 * framework would refuse a wrong one with a bare 415 before the token was looked at.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/boards")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxBoardsResource {

    private static final Set<String> NONE = Set.of();

    private final SandboxBearer bearer;
    private final SandboxBoards boards;
    private final BoardBodies bodies;
    private final CompEntitlement entitlement;

    SandboxBoardsResource(SandboxBearer bearer, SandboxBoards boards, BoardBodies bodies,
            CompEntitlement entitlement) {
        this.bearer = bearer;
        this.boards = boards;
        this.bodies = bodies;
        this.entitlement = entitlement;
    }

    /** 200 {@code {"board_count", "boards"}}: one page of the boards the user owns or was invited to. */
    @GET
    public Response list(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            BoardListQuery query = BoardListQuery.parse(QueryParams.parse(uriInfo.getRequestUri().getRawQuery()));
            List<Board> matching = boards.visibleTo(user).stream()
                    .filter(board -> query.lists(BoardJson.relationship(board, user)))
                    .sorted(query.order()).toList();
            BoardJson.Context context = context(user, headers, uriInfo);
            List<Map<String, Object>> page = matching.stream().skip(query.offset()).limit(query.pageSize())
                    .map(board -> BoardJson.listed(board, context)).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("board_count", matching.size());
            body.put("boards", page);
            return Response.ok(body).build();
        });
    }

    /** 201 {@code {"id"}}. */
    @POST
    public Response create(String body, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards");
            BoardInfo info = bodies.info(json(headers, body));
            String id = boards.create(user, info.name(), info.description());
            return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
        });
    }

    @GET
    @Path("/{boardId}")
    public Response board(@PathParam("boardId") String boardId, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}");
            Board board = boards.get(user, boardId);
            return Response.ok(BoardJson.detail(board, context(user, headers, uriInfo))).build();
        });
    }

    /** 204; the name is required even when only the description changes, as in v3. */
    @PUT
    @Path("/{boardId}")
    public Response update(@PathParam("boardId") String boardId, String body, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}");
            BoardInfo info = bodies.info(json(headers, body));
            boards.update(user, boardId, info.name(), info.description());
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("/{boardId}")
    public Response delete(@PathParam("boardId") String boardId, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}");
            boards.delete(user, boardId);
            return Response.noContent().build();
        });
    }

    /** 201 {@code {"assets_added": [{"asset_id"}], "assets_not_added": [id]}}. */
    @PUT
    @Path("/{boardId}/assets")
    public Response addAssets(@PathParam("boardId") String boardId, String body, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}/assets");
            SandboxBoards.Added result = boards.add(user, boardId, bodies.assetIds(json(headers, body)));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("assets_added", result.added().stream().map(BoardAssetRef::new).toList());
            answer.put("assets_not_added", result.notAdded());
            return Response.status(Response.Status.CREATED).entity(answer).build();
        });
    }

    /** 200; {@code asset_ids} is required, ids not on the board are ignored. */
    @DELETE
    @Path("/{boardId}/assets")
    public Response removeAssets(@PathParam("boardId") String boardId, @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            params.acceptOnly(Set.of("asset_ids")::contains, "/v3/boards/{board_id}/assets");
            boards.remove(user, boardId, assetIds(params));
            return Response.ok().build();
        });
    }

    /** 201, also when the image is on the board already; 403 AssetNotFound when it is no catalog image. */
    @PUT
    @Path("/{boardId}/assets/{assetId}")
    public Response addAsset(@PathParam("boardId") String boardId, @PathParam("assetId") String assetId,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}/assets/{asset_id}");
            boards.addOne(user, boardId, assetId.trim());
            return Response.status(Response.Status.CREATED).build();
        });
    }

    /** 200, also when the image was not on the board. */
    @DELETE
    @Path("/{boardId}/assets/{assetId}")
    public Response removeAsset(@PathParam("boardId") String boardId, @PathParam("assetId") String assetId,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return answer(() -> {
            String user = user(headers);
            noParameters(uriInfo, "/v3/boards/{board_id}/assets/{asset_id}");
            boards.remove(user, boardId, List.of(assetId.trim()));
            return Response.ok().build();
        });
    }

    private static Response answer(Supplier<Response> call) {
        try {
            return call.get();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    /** The token's user: 401 without a valid token, 403 UserTokenRequired for one without a user. */
    private String user(HttpHeaders headers) {
        SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (grantee.user() == null) {
            throw SandboxV3Error.userTokenRequired();
        }
        return grantee.user();
    }

    /** The body, when it is declared JSON; 415 otherwise (a missing Content-Type too). */
    private static String json(HttpHeaders headers, String body) {
        MediaType type = headers.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            throw SandboxV3Error.unsupportedMediaType("Send the body as application/json.");
        }
        return body;
    }

    private BoardJson.Context context(String user, HttpHeaders headers, UriInfo uriInfo) {
        return new BoardJson.Context(user, SandboxRequests.baseUrl(headers, uriInfo), entitlement.unwatermarkedComps());
    }

    private static void noParameters(UriInfo uriInfo, String path) {
        QueryParams.parse(uriInfo.getRequestUri().getRawQuery()).acceptOnly(NONE::contains, path);
    }

    /** The comma-separated {@code asset_ids}, each once; absent or empty is a 400. */
    private static List<String> assetIds(QueryParams params) {
        Set<String> ids = new LinkedHashSet<>();
        String value = params.get("asset_ids");
        if (value != null) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        if (ids.isEmpty()) {
            throw SandboxV3Error.invalidParameter("Parameter 'asset_ids' is required: a comma-separated list of asset ids.");
        }
        return new ArrayList<>(ids);
    }
}
