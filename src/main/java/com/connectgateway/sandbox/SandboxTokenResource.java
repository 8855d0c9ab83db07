package com.connectgateway.sandbox;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The sandbox OAuth2 token endpoint, at the current and the 2022 v3 paths. */
@Path("/sandbox")
public class SandboxTokenResource {

    private final SandboxTokenIssuer issuer;

    SandboxTokenResource(SandboxTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(MultivaluedMap<String, String> form, @HeaderParam("Api-Key") String apiKey) {
        return answer(form, apiKey);
    }

    @POST
    @Path("/v4/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tokenV4(MultivaluedMap<String, String> form, @HeaderParam("Api-Key") String apiKey) {
        return answer(form, apiKey);
    }

    private Response answer(MultivaluedMap<String, String> form, String apiKey) {
        Long delay = issuer.behaviour().delayMillis();
        if (delay != null && delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? null : values.get(0)));
        return issuer.grant(fields, apiKey != null && !apiKey.isBlank()).toResponse();
    }
}
