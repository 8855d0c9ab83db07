package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import com.connectgateway.sandbox.catalog.SandboxCatalog;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The v3 image metadata resource: {@code GET /v3/images?ids=...} for up to 100 images, and
 * {@code GET /v3/images/{id}}. Unknown ids are listed in {@code images_not_found}; when none of
 * the ids exists the answer is 404 ImageNotFound.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/images")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxImagesResource {

    private static final int MAX_IDS = 100;

    private final SandboxCatalog catalog;
    private final SandboxBearer bearer;
    private final SandboxRequestLog log;
    private final CompEntitlement entitlement;

    SandboxImagesResource(SandboxCatalog catalog, SandboxBearer bearer, SandboxRequestLog log,
            CompEntitlement entitlement) {
        this.catalog = catalog;
        this.bearer = bearer;
        this.log = log;
        this.entitlement = entitlement;
    }

    @GET
    public Response images(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        log.image();
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            return answer(SandboxImagesResource::ids, params, Set.of("ids", "fields"), uriInfo, headers);
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    @GET
    @Path("/{id}")
    public Response image(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        log.image();
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
        params.acceptOnly(accepted::contains, "/v3/images");
        List<String> ids = idsOf.apply(params);
        ImageFieldSelector.Selection selection = ImageFieldSelector.parse(params.get("fields"),
                ImageFieldSelector.Endpoint.IMAGES);
        boolean german = SandboxRequests.german(headers);
        ImageRenderer.Context context = new ImageRenderer.Context(SandboxRequests.baseUrl(headers, uriInfo), withUser,
                german, ImageFieldSelector.Endpoint.IMAGES, entitlement.unwatermarkedComps());
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String id : ids) {
            catalog.image(id).ifPresentOrElse(
                    image -> found.add(ImageRenderer.render(image, selection, context)),
                    () -> notFound.add(id));
        }
        if (found.isEmpty()) {
            throw SandboxV3Error.imageNotFound("Image not found: " + String.join(", ", notFound));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("images", found);
        body.put("images_not_found", notFound);
        return Response.ok(body).header("Content-Language", SandboxRequests.contentLanguage(german)).build();
    }

    private static List<String> ids(QueryParams params) {
        return ids(params, "image");
    }

    /** The requested ids in order, each once; missing or more than 100 is a 400 (for videos too). */
    static List<String> ids(QueryParams params, String asset) {
        String value = params.get("ids");
        Set<String> ids = new LinkedHashSet<>();
        if (value != null) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        if (ids.isEmpty()) {
            throw SandboxV3Error.invalidParameter("Parameter 'ids' is required: a comma-separated list of " + asset
                    + " ids.");
        }
        if (ids.size() > MAX_IDS) {
            throw SandboxV3Error.invalidParameter("Invalid value for parameter 'ids': at most " + MAX_IDS
                    + " ids are allowed, " + ids.size() + " were sent.");
        }
        return List.copyOf(ids);
    }
}
