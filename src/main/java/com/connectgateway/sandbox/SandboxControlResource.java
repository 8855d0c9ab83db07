package com.connectgateway.sandbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Test and demo controls of the sandbox: counters, and the token endpoint's behaviour. */
@Path("/sandbox/control")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final SandboxTokenIssuer issuer;

    SandboxControlResource(SandboxTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @GET
    @Path("/stats")
    public Map<String, Object> stats() {
        return Map.of("tokenRequests", issuer.requestCount(), "tokenRequestsWithoutApiKey", issuer.requestsWithoutApiKey());
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
        return stats();
    }
}
