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

/** The v3 image searches: creative, editorial and the (deprecated) blended search. */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/search/images")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxSearchResource {

    private final ImageSearch search;
    private final SandboxBearer bearer;
    private final SandboxRequestLog log;
    private final CompEntitlement entitlement;

    SandboxSearchResource(ImageSearch search, SandboxBearer bearer, SandboxRequestLog log,
            CompEntitlement entitlement) {
        this.search = search;
        this.bearer = bearer;
        this.log = log;
        this.entitlement = entitlement;
    }

    @GET
    public Response blended(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search(SearchEndpoint.BLENDED, uriInfo, headers);
    }

    @GET
    @Path("/creative")
    public Response creative(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search(SearchEndpoint.CREATIVE, uriInfo, headers);
    }

    @GET
    @Path("/editorial")
    public Response editorial(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return search(SearchEndpoint.EDITORIAL, uriInfo, headers);
    }

    private Response search(SearchEndpoint endpoint, UriInfo uriInfo, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        try {
            QueryParams params = log.searched(uriInfo, headers);
            boolean withUser = bearer.optional(authorization).map(g -> g.user() != null).orElse(false);
            SandboxSearchQuery query = SandboxSearchQuery.parse(endpoint, params);
            ImageSearch.Page page = search.search(endpoint, query);
            boolean german = SandboxRequests.german(headers);
            ImageRenderer.Context context = new ImageRenderer.Context(SandboxRequests.baseUrl(headers, uriInfo),
                    withUser, german, ImageFieldSelector.Endpoint.SEARCH, entitlement.unwatermarkedComps());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result_count", page.total());
            body.put("images", page.images().stream()
                    .map(image -> ImageRenderer.render(image, query.selection(), context)).toList());
            return Response.ok(body).header("Content-Language", SandboxRequests.contentLanguage(german)).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }
}
