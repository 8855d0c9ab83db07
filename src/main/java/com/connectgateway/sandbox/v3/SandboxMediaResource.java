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

    /**
     * A video's pictures and preview: {@code /sandbox/media/videos/{id}/{comp|thumb}.png} and
     * {@code frame-1.png} to {@code frame-5.png} are its still's pictures (the sandbox encodes PNG,
     * not JPEG); {@code preview.mp4} is the sandbox's one small clip.
     */
    @GET
    @Path("/videos/{id}/{file}")
    public Response video(@PathParam("id") String id, @PathParam("file") String file) {
        if (file.equals("preview.mp4")) {
            return media.videoPreview(id)
                    .map(mp4 -> Response.ok(mp4, VideoClip.MEDIA_TYPE).header("Cache-Control", "public, max-age=86400")
                            .build())
                    .orElseGet(() -> notFound(id, file));
        }
        String name = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : "";
        boolean frame = name.matches("frame-[1-" + VideoRenderer.KEY_FRAMES + "]");
        boolean unwatermarked = frame || name.equals("comp" + UNWATERMARKED);
        // Key frames are preview-sized stills; comp and thumb are the still's own display sizes.
        String size = frame ? "preview" : name.equals("comp" + UNWATERMARKED) ? "comp" : name;
        if (!frame && !size.equals("comp") && !size.equals("thumb")) {
            return notFound(id, file);
        }
        return media.videoStill(id, size, !unwatermarked && CompEntitlement.watermarked(size, false))
                .map(png -> Response.ok(png, "image/png").header("Cache-Control", "public, max-age=86400").build())
                .orElseGet(() -> notFound(id, file));
    }

    private static Response notFound(String id, String file) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", "No such picture: " + id + "/" + file)).build();
    }

    /** The URI of a video's display size: a still picture, or the mp4 clip for {@code preview}. */
    static String videoUri(String baseUrl, String videoId, String size, boolean watermarked) {
        String base = baseUrl + "/sandbox/media/videos/" + videoId + "/";
        if (size.equals("preview")) {
            return base + "preview.mp4";
        }
        return base + size + (size.equals("comp") && !watermarked ? UNWATERMARKED : "") + SUFFIX;
    }

    /** Key frame 1 to {@link VideoRenderer#KEY_FRAMES}: unwatermarked stills, as a storyboard shows them. */
    static String keyFrameUri(String baseUrl, String videoId, int frame) {
        return baseUrl + "/sandbox/media/videos/" + videoId + "/frame-" + frame + SUFFIX;
    }

    /** The URI of a display size; the file name says whether it is watermarked. */
    static String uri(String baseUrl, String id, String size, boolean watermarked) {
        boolean cleanComp = size.equals("comp") && !watermarked;
        return baseUrl + "/sandbox/media/" + id + "/" + size + (cleanComp ? UNWATERMARKED : "") + SUFFIX;
    }
}
