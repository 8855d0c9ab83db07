package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** The v3 video searches, creative and editorial; the Api-Key is {@link SandboxGate}'s, a bearer is optional. */
// In-memory work only: served on the event loop, like the image searches.
@NonBlocking
@Path("/sandbox/v3/search/videos")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxVideoSearchResource {

    private final VideoSearch search;
    private final SandboxBearer bearer;
    private final SandboxRequestLog log;
    private final CompEntitlement entitlement;

    SandboxVideoSearchResource(VideoSearch search, SandboxBearer bearer, SandboxRequestLog log,
            CompEntitlement entitlement) {
        this.search = search;
        this.bearer = bearer;
        this.log = log;
        this.entitlement = entitlement;
    }

    @GET
    @Path("/creative")
    public Response creative(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search(VideoSearchEndpoint.CREATIVE, uriInfo, headers);
    }

    @GET
    @Path("/editorial")
    public Response editorial(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search(VideoSearchEndpoint.EDITORIAL, uriInfo, headers);
    }

    private Response search(VideoSearchEndpoint endpoint, UriInfo uriInfo, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        try {
            QueryParams params = log.searched(uriInfo, headers);
            boolean withUser = bearer.optional(authorization).map(g -> g.user() != null).orElse(false);
            VideoSearchQuery query = VideoSearchQuery.parse(endpoint, params);
            VideoSearch.Page page = search.search(endpoint, query);
            boolean german = SandboxRequests.german(headers);
            VideoRenderer.Context context = new VideoRenderer.Context(SandboxRequests.baseUrl(headers, uriInfo),
                    withUser, german, VideoFieldSelector.Endpoint.SEARCH, entitlement.unwatermarkedComps());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result_count", page.total());
            body.put("videos", page.videos().stream()
                    .map(video -> VideoRenderer.render(video, query.selection(), context)).toList());
            return Response.ok(body).header("Content-Language", SandboxRequests.contentLanguage(german)).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }
}
