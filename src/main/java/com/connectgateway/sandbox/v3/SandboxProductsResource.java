package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import com.connectgateway.sandbox.catalog.SandboxProducts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v3/products}: the sandbox user's products with their remaining downloads. Needs a
 * bearer token; a token without a user holds no products, so its list is empty (as in v3).
 * {@code fields=download_requirements} adds the (never demanding) download requirements. Every
 * product is active and expires at the end of the year; the v3 members with no sandbox use
 * (credits, overage, imagepack_resolution) are left out.
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/products")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxProductsResource {

    private static final String FIELDS = "fields";
    private static final String REQUIREMENTS = "download_requirements";

    private final SandboxBearer bearer;
    private final SandboxProductLedger ledger;
    // Its own clock: the sandbox shares no code with the gateway.
    private final Clock clock = Clock.systemUTC();

    SandboxProductsResource(SandboxBearer bearer, SandboxProductLedger ledger) {
        this.bearer = bearer;
        this.ledger = ledger;
    }

    @GET
    public Response products(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            SandboxTokenIssuer.Grantee grantee = bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            boolean requirements = requirements(QueryParams.parse(uriInfo.getRequestUri().getRawQuery()));
            List<Map<String, Object>> products = grantee.user() == null ? List.of()
                    : SandboxProducts.ALL.stream().map(product -> json(product, requirements)).toList();
            return Response.ok(Map.of("products", products)).header("Cache-Control", "no-store").build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    /** Whether {@code fields} asks for download requirements, its only documented value. */
    private static boolean requirements(QueryParams params) {
        params.acceptOnly(FIELDS::equals, "/v3/products", SandboxV3Error::invalidRequestParameters);
        String fields = params.get(FIELDS);
        if (fields == null) {
            return false;
        }
        for (String field : fields.split(",")) {
            String name = field.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.equals(REQUIREMENTS)) {
                throw SandboxV3Error.invalidRequestParameters("Invalid value '" + field.trim()
                        + "' for parameter 'fields': only download_requirements is supported.");
            }
        }
        return true;
    }

    private Map<String, Object> json(SandboxProducts.Product product, boolean requirements) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Integer.parseInt(product.id()));
        json.put("type", product.type());
        json.put("name", product.name());
        json.put("status", "active");
        json.put("download_limit", product.downloadLimit());
        json.put("downloads_remaining", ledger.remaining(product.id()));
        json.put("download_limit_duration", product.limited() ? "monthly" : null);
        json.put("download_limit_reset_utc_date", product.limited() ? nextMonth() : null);
        json.put("expiration_utc_date", endOfYear());
        json.put("application_website", SandboxProducts.APPLICATION_WEBSITE);
        json.put("agreement_name", product.agreementName());
        if (requirements) {
            Map<String, Object> needs = new LinkedHashMap<>();
            needs.put("is_note_required", false);
            needs.put("is_project_code_required", false);
            needs.put("project_codes", List.of());
            json.put(REQUIREMENTS, needs);
        }
        return json;
    }

    /** Every demo product runs to the end of the current year: midnight UTC on 1 January of the next. */
    private String endOfYear() {
        LocalDate first = LocalDate.now(clock).withDayOfYear(1).plusYears(1);
        return DateTimeFormatter.ISO_INSTANT.format(first.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Monthly allowances start again at midnight UTC on the first of next month. */
    private String nextMonth() {
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        return DateTimeFormatter.ISO_INSTANT.format(first.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
