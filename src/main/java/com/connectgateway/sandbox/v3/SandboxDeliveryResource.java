package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's delivery host: {@code GET /sandbox/delivery/<ticket>/<id>.png} (or {@code <video id>.mp4}) serves the file a
 * download ticket grants, as an attachment. Like v3's delivery URIs it needs no Api-Key or token;
 * the unguessable ticket is the authorisation.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/delivery")
public class SandboxDeliveryResource {

    private final DeliveryTickets tickets;
    private final SandboxMedia media;

    SandboxDeliveryResource(DeliveryTickets tickets, SandboxMedia media) {
        this.tickets = tickets;
        this.media = media;
    }

    @GET
    @Path("/{ticket}/{file}")
    public Response file(@PathParam("ticket") String ticket, @PathParam("file") String file) {
        // Video ids never equal image ids, so the file name alone says which kind a ticket delivers.
        Optional<byte[]> mp4 = tickets.imageId(ticket).filter(id -> file.equals(id + ".mp4"))
                .flatMap(media::videoDownload);
        if (mp4.isPresent()) {
            return Response.ok(mp4.get(), VideoClip.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=GettyImages-" + file)
                    .header("Content-Length", mp4.get().length)
                    .header("Cache-Control", "private, no-store")
                    .build();
        }
        Optional<String> imageId = tickets.imageId(ticket).filter(id -> file.equals(id + ".png"));
        Optional<byte[]> png = imageId.flatMap(media::download);
        if (png.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("message", "This download link is unknown or has expired.")).build();
        }
        return Response.ok(png.get(), "image/png")
                .header("Content-Disposition", "attachment; filename=" + file)
                .header("Content-Length", png.get().length)
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
