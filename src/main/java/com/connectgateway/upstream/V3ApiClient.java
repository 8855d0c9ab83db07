package com.connectgateway.upstream;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The HTTP verbs of v3, nothing endpoint-specific: {@link V3Api} names the resources (one method
 * each) and builds their paths with {@link V3Path}, so a new v3 endpoint never touches this
 * interface. {@code path} is already percent-encoded and keeps its slashes. Calls answer a
 * {@link Uni} so that a caller giving up can cancel the request (which resets it) rather than
 * leave it running.
 */
@Produces(MediaType.APPLICATION_JSON)
interface V3ApiClient {

    @GET
    @Path("/v3/{path}")
    Uni<Response> get(@Encoded @PathParam("path") String path, @RestQuery Map<String, String> query,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language, @HeaderParam("GI-Country-Code") String country);

    @POST
    @Path("/v3/{path}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> post(@Encoded @PathParam("path") String path, @RestQuery Map<String, String> query, String body,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/v3/{path}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> put(@Encoded @PathParam("path") String path, @RestQuery Map<String, String> query, String body,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @DELETE
    @Path("/v3/{path}")
    Uni<Response> delete(@Encoded @PathParam("path") String path, @RestQuery Map<String, String> query,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);
}
