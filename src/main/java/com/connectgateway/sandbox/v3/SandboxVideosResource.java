package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The v3 video metadata resource, answered as {@code /v3/images} answers for images: {@code GET
 * /v3/videos?ids=...} for up to 100 videos and {@code GET /v3/videos/{id}}; unknown ids are listed
 * in {@code videos_not_found}, and when none of the ids exists the answer is 404 VideoNotFound.
 */
// In-memory work only: served on the event loop, like the images resource.
@NonBlocking
@Path("/sandbox/v3/videos")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxVideosResource {

    private final SandboxCatalog catalog;
    private final SandboxBearer bearer;
    private final SandboxRequestLog log;
    private final CompEntitlement entitlement;

    SandboxVideosResource(SandboxCatalog catalog, SandboxBearer bearer, SandboxRequestLog log,
            CompEntitlement entitlement) {
        this.catalog = catalog;
        this.bearer = bearer;
        this.log = log;
        this.entitlement = entitlement;
    }

    @GET
    public Response videos(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            return answer(p -> SandboxImagesResource.ids(p, "video"), params, Set.of("ids", "fields"), uriInfo,
                    headers);
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    @GET
    @Path("/{id}")
    public Response video(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            return answer(ignored -> List.of(id.trim()), params, Set.of("fields"), uriInfo, headers);
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    /** Checks in v3's order: token, then parameters, then the ids themselves. */
    private Response answer(Function<QueryParams, List<String>> idsOf, QueryParams params, Set<String> accepted,
            UriInfo uriInfo, HttpHeaders headers) {
        boolean withUser = bearer.optional(headers.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(g -> g.user() != null).orElse(false);
        params.acceptOnly(accepted::contains, "/v3/videos");
        List<String> ids = idsOf.apply(params);
        VideoFieldSelector.Selection selection = VideoFieldSelector.parse(params.get("fields"));
        boolean german = SandboxRequests.german(headers);
        VideoRenderer.Context context = new VideoRenderer.Context(SandboxRequests.baseUrl(headers, uriInfo), withUser,
                german, VideoFieldSelector.Endpoint.VIDEOS, entitlement.unwatermarkedComps());
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String id : ids) {
            catalog.video(id).ifPresentOrElse(video -> found.add(VideoRenderer.render(video, selection, context)),
                    () -> notFound.add(id));
        }
        if (found.isEmpty()) {
            throw SandboxV3Error.videoNotFound("Video not found: " + String.join(", ", notFound));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("videos", found);
        body.put("videos_not_found", notFound);
        return Response.ok(body).header("Content-Language", SandboxRequests.contentLanguage(german)).build();
    }
}
