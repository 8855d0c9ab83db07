package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.BiFunction;

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
    private final SandboxDownloadHistory history;

    SandboxDownloadsResource(SandboxBearer bearer, SandboxDownloads downloads, SandboxRequestLog log,
            SandboxDownloadHistory history) {
        this.bearer = bearer;
        this.downloads = downloads;
        this.log = log;
        this.history = history;
    }

    /** v3's product types, iStock's creditpack and aigen included: valid filters that match nothing here. */
    static final List<String> PRODUCT_TYPES = List.of("easyaccess", "editorialsubscription", "imagepack", "premiumaccess",
            "royaltyfreesubscription", "creditpack", "aigen");
    private static final Set<String> HISTORY_PARAMETERS = Set.of("date_from", "date_to", "use_time", "page", "page_size",
            "product_type", "company_downloads");

    /**
     * {@code GET /v3/downloads}: the user's granted downloads, newest first, {@code {"result_count",
     * "downloads"}}. Without dates the window is v3's: the 30 days ending today (UTC). A user token
     * is required (401, then 403 UserTokenRequired); then the query (400 InvalidParameterValue).
     */
    @GET
    public Response history(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            if (grantee.user() == null) {
                throw SandboxV3Error.userTokenRequired();
            }
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            params.acceptOnly(HISTORY_PARAMETERS::contains, "/v3/downloads");
            Instant to = HistoryQuery.date(params, "date_to", true);
            Instant from = HistoryQuery.date(params, "date_from", false);
            if (to == null) {
                to = LocalDate.now(history.clock().withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay()
                        .toInstant(ZoneOffset.UTC).minusSeconds(1);
            }
            if (from == null) {
                from = HistoryQuery.day(to).minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (from.isAfter(to)) {
                throw SandboxV3Error.invalidParameter("Parameter 'date_from' is after 'date_to'.");
            }
            Integer page = params.integer("page", 1, Integer.MAX_VALUE);
            Integer pageSize = params.integer("page_size", 1, HistoryQuery.MAX_PAGE_SIZE);
            HistoryQuery query = new HistoryQuery(from, to, HistoryQuery.bool(params, "use_time"), page == null ? 1 : page,
                    pageSize == null ? 30 : pageSize);
            new QueryReader(params).bool("company_downloads");
            String productType = params.get("product_type") == null ? null : params.get("product_type").toLowerCase(Locale.ROOT);
            if (productType != null && !PRODUCT_TYPES.contains(productType)) {
                throw QueryParams.invalid("product_type", params.get("product_type"),
                        "allowed values are " + String.join(", ", PRODUCT_TYPES) + ".");
            }
            List<SandboxDownloadHistory.Entry> matching = history.of(grantee.user()).stream()
                    .filter(entry -> query.covers(entry.downloaded()))
                    .filter(entry -> productType == null || entry.product().type().equals(productType)).toList();
            String baseUrl = SandboxRequests.baseUrl(headers, uriInfo);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result_count", matching.size());
            body.put("downloads", matching.stream().skip(query.offset()).limit(query.pageSize())
                    .map(entry -> downloadJson(entry, baseUrl)).toList());
            return Response.ok(body).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    /** One entry as {@code GET /v3/downloads} lists it. */
    static Map<String, Object> downloadJson(SandboxDownloadHistory.Entry entry, String baseUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date_downloaded", SandboxDates.iso(entry.downloaded()));
        json.put("id", entry.assetId());
        json.put("asset_type", entry.assetType());
        json.put("product_type", entry.product().type());
        json.put("product_id", Integer.valueOf(entry.product().id()));
        json.put("agreement_name", entry.product().agreementName());
        json.put("thumb_uri", entry.assetType().equals("image")
                ? ImageRenderer.displayUri(baseUrl, entry.assetId(), "thumb", false)
                : SandboxMediaResource.videoUri(baseUrl, entry.assetId(), "thumb", false));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("download_notes", null);
        details.put("project_code", null);
        json.put("download_details", details);
        json.put("download_source", "API");
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", entry.user());
        user.put("first_name", "Sandbox");
        user.put("middle_name", null);
        user.put("last_name", "User");
        json.put("user", user);
        json.put("size_name", entry.sizeName());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("width", entry.width());
        dimensions.put("height", entry.height());
        dimensions.put("dpi", entry.dpi());
        json.put("dimensions", dimensions);
        json.put("license_model", entry.licenseModel());
        json.put("generated_asset_id", null);
        return json;
    }

    @POST
    @Path("/images/{id}")
    public Response image(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return serve("image", id, uriInfo, headers, (params, user) -> {
            DownloadQuery query = DownloadQuery.parse(params);
            return new Issued(downloads.download(user, id.trim(), query), query.autoDownload());
        });
    }

    @POST
    @Path("/videos/{id}")
    public Response video(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return serve("video", id, uriInfo, headers, (params, user) -> {
            VideoDownloadQuery query = VideoDownloadQuery.parse(params);
            return new Issued(downloads.downloadVideo(user, id.trim(), query), query.autoDownload());
        });
    }

    private Response serve(String assetType, String id, UriInfo uriInfo, HttpHeaders headers, BiFunction<QueryParams, String, Issued> download) {
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
    private Response answer(QueryParams params, UriInfo uriInfo, HttpHeaders headers, BiFunction<QueryParams, String, Issued> download) {
        SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (grantee.user() == null) {
            throw SandboxV3Error.userTokenRequired();
        }
        Issued issued = download.apply(params, grantee.user());
        URI file = URI.create(SandboxRequests.baseUrl(headers, uriInfo) + issued.path());
        if (issued.autoDownload()) {
            return Response.seeOther(file).header("Cache-Control", "no-store").build();
        }
        return Response.ok(Map.of("uri", file.toString())).header("Cache-Control", "no-store").build();
    }
}
