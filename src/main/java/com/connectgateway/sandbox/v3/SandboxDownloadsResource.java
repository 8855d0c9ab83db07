package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code POST /v3/downloads/images/{id}} and {@code /videos/{id}}: the sandbox user downloads an
 * image or a video. With {@code auto_download=true} (v3's default for images; videos default to
 * false) the answer is 303 to the file, with false {@code {"uri": ...}}. The optional JSON body
 * (download notes, project code) is not read, so any body and content type, or none, is accepted.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/downloads")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxDownloadsResource {

    /** What a download answered: the file's path below the sandbox base, and whether to redirect to it. */
    private record Issued(String path, boolean autoDownload) {
    }

    private final SandboxBearer bearer;
    private final SandboxDownloads downloads;
    private final SandboxRequestLog log;

    SandboxDownloadsResource(SandboxBearer bearer, SandboxDownloads downloads, SandboxRequestLog log) {
        this.bearer = bearer;
        this.downloads = downloads;
        this.log = log;
    }

    @POST
    @Path("/images/{id}")
    public Response image(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return serve("image", id, uriInfo, headers, params -> {
            DownloadQuery query = DownloadQuery.parse(params);
            return new Issued(downloads.download(id.trim(), query), query.autoDownload());
        });
    }

    @POST
    @Path("/videos/{id}")
    public Response video(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return serve("video", id, uriInfo, headers, params -> {
            VideoDownloadQuery query = VideoDownloadQuery.parse(params);
            return new Issued(downloads.downloadVideo(id.trim(), query), query.autoDownload());
        });
    }

    private Response serve(String assetType, String id, UriInfo uriInfo, HttpHeaders headers, Function<QueryParams, Issued> download) {
        Map<String, String> sent = Map.of();
        Response response;
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            sent = params.asMap();
            response = answer(params, uriInfo, headers, download);
        } catch (SandboxV3Error e) {
            response = e.toResponse();
        }
        // Logged with the status answered, so tests also see the downloads that were refused.
        log.download(assetType, id, sent, response.getStatus());
        return response;
    }

    /** Token first (401, then 403 without a user), then the query's form, then the download itself. */
    private Response answer(QueryParams params, UriInfo uriInfo, HttpHeaders headers, Function<QueryParams, Issued> download) {
        SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (grantee.user() == null) {
            throw SandboxV3Error.userTokenRequired();
        }
        Issued issued = download.apply(params);
        URI file = URI.create(SandboxRequests.baseUrl(headers, uriInfo) + issued.path());
        if (issued.autoDownload()) {
            return Response.seeOther(file).header("Cache-Control", "no-store").build();
        }
        return Response.ok(Map.of("uri", file.toString())).header("Cache-Control", "no-store").build();
    }
}
