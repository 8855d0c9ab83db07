package com.connectgateway.sandbox.v3;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox OAuth2 token endpoint, at the current and the 2022 v3 paths. Served on the event
 * loop (a configured delay is a timer, not a sleeping thread), so gateway requests that occupy
 * every worker thread can never keep a token refresh from being answered.
 */
@Path("/sandbox")
public class SandboxTokenResource {

    private final SandboxTokenIssuer issuer;

    SandboxTokenResource(SandboxTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> token(MultivaluedMap<String, String> form, @HeaderParam("Api-Key") String apiKey) {
        return answer(form, apiKey);
    }

    @POST
    @Path("/v4/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> tokenV4(MultivaluedMap<String, String> form, @HeaderParam("Api-Key") String apiKey) {
        return answer(form, apiKey);
    }

    private Uni<Response> answer(MultivaluedMap<String, String> form, String apiKey) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        Long delay = issuer.behaviour().delayMillis();
        Uni<Response> answer = Uni.createFrom().item(() -> issuer.grant(fields, apiKey != null && !apiKey.isBlank()).toResponse());
        return delay == null || delay <= 0 ? answer : answer.onItem().delayIt().by(Duration.ofMillis(delay));
    }
}
