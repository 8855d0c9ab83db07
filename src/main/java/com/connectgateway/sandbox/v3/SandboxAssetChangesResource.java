package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The v3 asset-change notifications of the partner channels: {@code PUT .../change-sets} serves a
 * channel's change set (201 a new one, 200 the unconfirmed one again, 200 with an empty body when
 * nothing is pending) and {@code DELETE .../change-sets/{id}} confirms it. Both need a valid
 * token, with or without a user: the channels are the key's. Checks run in the order token,
 * query, channel or set.
 */
@NonBlocking
@Path("/sandbox/v3/asset-changes/change-sets")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxAssetChangesResource {

    static final int DEFAULT_BATCH_SIZE = 10;
    static final int MAX_BATCH_SIZE = 2200;

    private final SandboxBearer bearer;
    private final SandboxAssetChanges changes;
    private final CompEntitlement entitlement;

    SandboxAssetChangesResource(SandboxBearer bearer, SandboxAssetChanges changes, CompEntitlement entitlement) {
        this.bearer = bearer;
        this.changes = changes;
        this.entitlement = entitlement;
    }

    @PUT
    public Response serve(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            params.acceptOnly(Set.of("channel_id", "batch_size")::contains, "/v3/asset-changes/change-sets");
            int channelId = channelId(params.get("channel_id"));
            Integer batchSize = params.integer("batch_size", 1, MAX_BATCH_SIZE);
            SandboxAssetChanges.Served served = changes.serve(channelId, batchSize == null ? DEFAULT_BATCH_SIZE : batchSize);
            if (served == null) {
                return Response.ok().build();
            }
            String base = SandboxRequests.baseUrl(headers, uriInfo);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("change_set_id", Long.toString(served.id()));
            body.put("changed_assets", served.changes().stream().map(change -> asset(change, base)).toList());
            return Response.status(served.created() ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    @DELETE
    @Path("/{changeSetId}")
    public Response confirm(@PathParam("changeSetId") String changeSetId, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            QueryParams.parse(uriInfo.getRequestUri().getRawQuery()).acceptOnly(name -> false,
                    "/v3/asset-changes/change-sets/{change-set-id}");
            changes.confirm(changeSetId);
            return Response.ok().build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    private static int channelId(String value) {
        if (value == null) {
            throw SandboxV3Error.invalidChannelId("Parameter 'channel_id' is required.");
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw SandboxV3Error.invalidChannelId("Invalid channel id: " + value);
        }
    }

    /** One changed asset; only a new one has a uri (its comp), as only new assets are to be fetched. */
    private Map<String, Object> asset(SandboxAssetChanges.Change change, String base) {
        Map<String, Object> asset = new LinkedHashMap<>();
        asset.put("id", change.assetId());
        asset.put("uri", "New".equals(change.lifecycle())
                ? SandboxMediaResource.uri(base, change.assetId(), "comp", !entitlement.unwatermarkedComps()) : null);
        asset.put("asset_type", change.assetType());
        asset.put("asset_lifecycle", change.lifecycle());
        asset.put("asset_changed_utc_datetime", SandboxDates.iso(change.changedAt()));
        return asset;
    }
}
