package com.connectgateway.upstream;

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

/** The v3 resources the gateway reads; only {@link V3Api} talks to it. */
@Produces(MediaType.APPLICATION_JSON)
interface V3ApiClient {

    @GET
    @Path("/v3/search/images/{family}")
    Response searchImages(@PathParam("family") String family, @RestQuery Map<String, String> query,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language, @HeaderParam("GI-Country-Code") String country);

    @GET
    @Path("/v3/images")
    Response images(@QueryParam("ids") String ids, @QueryParam("fields") String fields,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @POST
    @Path("/v3/downloads/{assetType}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response download(@PathParam("assetType") String assetType, @PathParam("id") String id,
            @RestQuery Map<String, String> query, String body,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v3/products")
    Response products(@HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/v3/collections")
    Response collections(@HeaderParam("Api-Key") String apiKey, @HeaderParam("Authorization") String authorization);
}
