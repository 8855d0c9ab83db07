package com.connectgateway.upstream;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The v3 resources the gateway reads; only {@link V3Api} talks to it. Calls answer a {@link Uni}
 * so that a caller giving up can cancel the request (which resets it) rather than leave it running.
 */
@Produces(MediaType.APPLICATION_JSON)
interface V3ApiClient {

    @GET
    @Path("/v3/search/images/{family}")
    Uni<Response> searchImages(@PathParam("family") String family, @RestQuery Map<String, String> query,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language, @HeaderParam("GI-Country-Code") String country);

    @GET
    @Path("/v3/images")
    Uni<Response> images(@QueryParam("ids") String ids, @QueryParam("fields") String fields,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @POST
    @Path("/v3/downloads/{assetType}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> download(@PathParam("assetType") String assetType, @PathParam("id") String id,
            @RestQuery Map<String, String> query, String body,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v3/products")
    Uni<Response> products(@HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v3/collections")
    Uni<Response> collections(@HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);
}
