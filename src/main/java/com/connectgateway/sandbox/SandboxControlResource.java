package com.connectgateway.sandbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test and demo controls of the sandbox: counters, the searches it received, and the token
 * endpoint's behaviour.
 */
@Path("/sandbox/control")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final SandboxTokenIssuer issuer;
    private final SandboxRequestLog log;

    SandboxControlResource(SandboxTokenIssuer issuer, SandboxRequestLog log) {
        this.issuer = issuer;
        this.log = log;
    }

    @GET
    @Path("/stats")
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("tokenRequests", issuer.requestCount());
        stats.put("tokenRequestsWithoutApiKey", issuer.requestsWithoutApiKey());
        stats.put("searchRequests", log.searchRequests());
        stats.put("imageRequests", log.imageRequests());
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

    @PUT
    @Path("/token-endpoint")
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenEndpointBehaviour tokenEndpoint(TokenEndpointBehaviour behaviour) {
        issuer.behaveAs(behaviour == null ? TokenEndpointBehaviour.NORMAL : behaviour);
        return issuer.behaviour();
    }

    /** Back to normal behaviour with counters at zero. */
    @POST
    @Path("/reset")
    public Map<String, Object> reset() {
        issuer.reset();
        log.reset();
        return stats();
    }
}
