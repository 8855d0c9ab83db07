package com.connectgateway.sandbox.control;

import com.connectgateway.sandbox.v3.CompEntitlement;
import com.connectgateway.sandbox.v3.DeliveryTickets;
import com.connectgateway.sandbox.v3.SandboxAssetChanges;
import com.connectgateway.sandbox.v3.SandboxBoards;
import com.connectgateway.sandbox.v3.SandboxDownloadHistory;
import com.connectgateway.sandbox.v3.SandboxProductLedger;
import com.connectgateway.sandbox.v3.SandboxRequestLog;
import com.connectgateway.sandbox.v3.SandboxTokenIssuer;
import com.connectgateway.sandbox.v3.SandboxUsageBatches;
import com.connectgateway.sandbox.v3.TokenEndpointBehaviour;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test and demo controls of the sandbox: counters, the searches and downloads it received, the
 * token endpoint's behaviour and the products' remaining downloads. Fault injection and the hit
 * log have their own resources ({@link SandboxFaultsResource}, {@link SandboxHitsResource}).
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/control")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final SandboxTokenIssuer issuer;
    private final SandboxRequestLog log;
    private final SandboxProductLedger ledger;
    private final DeliveryTickets tickets;
    private final SandboxFaults faults;
    private final HitLog hits;
    private final CompEntitlement entitlement;
    private final SandboxBoards boards;
    private final SandboxDownloadHistory downloadHistory;
    private final SandboxAssetChanges assetChanges;
    private final SandboxUsageBatches usageBatches;

    SandboxControlResource(SandboxTokenIssuer issuer, SandboxRequestLog log, SandboxProductLedger ledger,
            DeliveryTickets tickets, SandboxFaults faults, HitLog hits, CompEntitlement entitlement,
            SandboxBoards boards, SandboxDownloadHistory downloadHistory, SandboxAssetChanges assetChanges,
            SandboxUsageBatches usageBatches) {
        this.issuer = issuer;
        this.log = log;
        this.ledger = ledger;
        this.tickets = tickets;
        this.faults = faults;
        this.hits = hits;
        this.entitlement = entitlement;
        this.boards = boards;
        this.downloadHistory = downloadHistory;
        this.assetChanges = assetChanges;
        this.usageBatches = usageBatches;
    }

    @GET
    @Path("/stats")
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("tokenRequests", issuer.requestCount());
        stats.put("tokenRequestsWithoutApiKey", issuer.requestsWithoutApiKey());
        stats.put("searchRequests", log.searchRequests());
        stats.put("imageRequests", log.imageRequests());
        stats.put("downloadRequests", log.downloadRequests());
        return stats;
    }

    /** The latest v3 search as received: path, decoded query parameters, relevant headers; 404 before any. */
    @GET
    @Path("/last-search")
    public Response lastSearch() {
        return log.lastSearch().map(search -> Response.ok(search).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(Map.of("message", "No search since the last reset.")).build());
    }

    /** Every v3 search since the last reset (the latest 500), oldest first. */
    @GET
    @Path("/searches")
    public List<Map<String, Object>> searches() {
        return log.searches();
    }

    /**
     * Every image download POST since the last reset (the latest 500), oldest first, refused ones
     * too: {@code {"imageId", "query", "status"}}.
     */
    @GET
    @Path("/downloads")
    public List<Map<String, Object>> downloads() {
        return log.downloads();
    }

    /** Sets a product's remaining downloads, e.g. to 0 to provoke OverageLimitReached; 404 for an unknown product. */
    @PUT
    @Path("/products/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response product(@PathParam("productId") String productId, ProductCountChange change) {
        if (change == null || change.downloadsRemaining() == null || change.downloadsRemaining() < 0) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("message", "Send {\"downloadsRemaining\": n} with n >= 0.")).build();
        }
        if (!ledger.set(productId.trim(), change.downloadsRemaining())) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("message", "No sandbox product " + productId + ".")).build();
        }
        return Response.ok(Map.of("productId", productId.trim(), "downloadsRemaining", change.downloadsRemaining()))
                .build();
    }

    @PUT
    @Path("/token-endpoint")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenEndpointBehaviour tokenEndpoint(TokenEndpointBehaviour behaviour) {
        issuer.behaveAs(behaviour == null ? TokenEndpointBehaviour.NORMAL : behaviour);
        return issuer.behaviour();
    }

    /**
     * Makes the sandbox key one entitled to unwatermarked comps (true) or an ordinary key (false,
     * the default): comps are then listed with {@code is_watermarked: false} and served clean.
     */
    @PUT
    @Path("/comp-entitlement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response compEntitlement(CompEntitlementChange change) {
        if (change == null || change.unwatermarkedComps() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("message", "Send {\"unwatermarkedComps\": true|false}.")).build();
        }
        entitlement.set(change.unwatermarkedComps());
        return Response.ok(Map.of("unwatermarkedComps", entitlement.unwatermarkedComps())).build();
    }

    /**
     * Lets the sandbox key report usage (true, the default after every reset) or not (false): then
     * every {@code PUT /v3/usage-batches/{id}} is 403 UnauthorizedToReportUsage.
     */
    @PUT
    @Path("/usage-reporting")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response usageReporting(UsageReportingChange change) {
        if (change == null || change.allowed() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("message", "Send {\"allowed\": true|false}.")).build();
        }
        usageBatches.allow(change.allowed());
        return Response.ok(Map.of("allowed", usageBatches.allowed())).build();
    }

    /**
     * Back to normal behaviour with counters at zero, logs (the hit log too) empty, products at
     * their full allowance, no delivery tickets, no fault rules, no throttle, an ordinary key
     * (watermarked comps), only the seeded boards, no download history, the seeded asset changes,
     * no usage batches and usage reporting allowed.
     */
    @POST
    @Path("/reset")
    public Map<String, Object> reset() {
        issuer.reset();
        log.reset();
        ledger.reset();
        tickets.clear();
        faults.clear();
        hits.clear();
        entitlement.set(false);
        boards.reset();
        downloadHistory.reset();
        assetChanges.reset();
        usageBatches.reset();
        return stats();
    }
}
