package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Serves the display-size pictures at {@code /sandbox/media/{id}/{thumb|preview|comp}.png}
 * (watermarked, except thumbs) and {@code /sandbox/media/{id}/comp-unwatermarked.png} (for a key
 * entitled to unwatermarked comps). Like v3's media host it needs no Api-Key: browsers load
 * these URIs directly, exactly as {@code display_sizes} gave them.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/media")
public class SandboxMediaResource {

    private static final String SUFFIX = ".png";
    static final String UNWATERMARKED = "-unwatermarked";

    private final SandboxMedia media;

    SandboxMediaResource(SandboxMedia media) {
        this.media = media;
    }

    @GET
    @Path("/{id}/{file}")
    public Response picture(@PathParam("id") String id, @PathParam("file") String file) {
        String name = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : "";
        boolean unwatermarked = name.equals("comp" + UNWATERMARKED);
        String size = unwatermarked ? "comp" : name;
        return media.png(id, size, !unwatermarked && CompEntitlement.watermarked(size, false))
                .map(png -> Response.ok(png, "image/png").header("Cache-Control", "public, max-age=86400").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("message", "No such picture: " + id + "/" + file)).build());
    }

    /** The URI of a display size; the file name says whether it is watermarked. */
    static String uri(String baseUrl, String id, String size, boolean watermarked) {
        boolean cleanComp = size.equals("comp") && !watermarked;
        return baseUrl + "/sandbox/media/" + id + "/" + size + (cleanComp ? UNWATERMARKED : "") + SUFFIX;
    }
}
