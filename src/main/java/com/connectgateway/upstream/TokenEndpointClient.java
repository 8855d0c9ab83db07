package com.connectgateway.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The OAuth2 token endpoint; only {@link TokenEndpoint} talks to it. */
interface TokenEndpointClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response requestToken(@HeaderParam("Api-Key") String apiKey, MultivaluedMap<String, String> form);
}
