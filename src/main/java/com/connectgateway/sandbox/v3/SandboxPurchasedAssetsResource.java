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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v3/purchased-assets}: the user's purchases ({@link SandboxPurchases}), newest first,
 * {@code {"result_count", "previous_purchases"}}. {@code date_from}/{@code date_to} filter by
 * purchase day (no dates: every purchase); {@code page} below one is 400 PageNumberLessThanOne,
 * {@code page_size} 1..100 (default 75). A user token is required, as for downloads.
 */
// In-memory work only: served on the event loop.
@NonBlocking
@Path("/sandbox/v3/purchased-assets")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxPurchasedAssetsResource {

    static final int DEFAULT_PAGE_SIZE = 75;
    private static final Set<String> PARAMETERS = Set.of("date_from", "date_to", "page", "page_size", "company_purchases");

    private final SandboxBearer bearer;
    private final SandboxPurchases purchases;

    SandboxPurchasedAssetsResource(SandboxBearer bearer, SandboxPurchases purchases) {
        this.bearer = bearer;
        this.purchases = purchases;
    }

    @GET
    public Response list(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            if (grantee.user() == null) {
                throw SandboxV3Error.userTokenRequired();
            }
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            params.acceptOnly(PARAMETERS::contains, "/v3/purchased-assets");
            Instant from = HistoryQuery.date(params, "date_from", false);
            Instant to = HistoryQuery.date(params, "date_to", true);
            if (from != null && to != null && from.isAfter(to)) {
                throw SandboxV3Error.invalidParameter("Parameter 'date_from' is after 'date_to'.");
            }
            int page = page(params);
            Integer pageSize = params.integer("page_size", 1, HistoryQuery.MAX_PAGE_SIZE);
            new QueryReader(params).bool("company_purchases");
            HistoryQuery query = new HistoryQuery(from, to, false, page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
            List<SandboxPurchases.Purchase> matching = purchases.of(grantee.user()).stream()
                    .filter(purchase -> query.covers(purchase.purchased())).toList();
            String baseUrl = SandboxRequests.baseUrl(headers, uriInfo);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result_count", matching.size());
            body.put("previous_purchases", matching.stream().skip(query.offset()).limit(query.pageSize())
                    .map(purchase -> json(purchase, baseUrl)).toList());
            return Response.ok(body).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    /** {@code page}: a whole number, at least one (v3 names that error PageNumberLessThanOne). */
    private static int page(QueryParams params) {
        String value = params.get("page");
        if (value == null) {
            if (params.has("page")) {
                throw QueryParams.invalid("page", "", "a number is required.");
            }
            return 1;
        }
        int page;
        try {
            page = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw QueryParams.invalid("page", value, "not a whole number.");
        }
        if (page < 1) {
            throw SandboxV3Error.pageNumberLessThanOne("Page number must be 1 or more, was " + page + ".");
        }
        return page;
    }

    static Map<String, Object> json(SandboxPurchases.Purchase purchase, String baseUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date_purchased", SandboxDates.iso(purchase.purchased()));
        json.put("purchased_by", purchase.user());
        json.put("asset_id", purchase.image().id());
        json.put("asset_type", "image");
        json.put("license_model", purchase.image().licenseModel());
        json.put("order_id", purchase.orderId());
        json.put("thumb_uri", ImageRenderer.displayUri(baseUrl, purchase.image().id(), "thumb", false));
        json.put("size_name", purchase.sizeName());
        json.put("file_size_in_bytes", purchase.bytes());
        json.put("download_uri", baseUrl + "/sandbox/v3/downloads/images/" + purchase.image().id());
        return json;
    }
}
