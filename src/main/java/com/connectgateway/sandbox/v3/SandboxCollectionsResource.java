package com.connectgateway.sandbox.v3;

import io.smallrye.common.annotation.NonBlocking;
import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxCollection;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v3/collections}: needs a bearer token, as in v3; any valid sandbox token sees all
 * collections, each with the members v3 documents (id, code, name, asset_family, license_model, product_types).
 */
// In-memory work only: served on the event loop, so gateway requests waiting on the sandbox
// can never starve it of worker threads.
@NonBlocking
@Path("/sandbox/v3/collections")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxCollectionsResource {

    private final SandboxCatalog catalog;
    private final SandboxBearer bearer;

    SandboxCollectionsResource(SandboxCatalog catalog, SandboxBearer bearer) {
        this.catalog = catalog;
        this.bearer = bearer;
    }

    @GET
    public Response collections(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        try {
            bearer.required(authorization);
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
        List<Map<String, Object>> collections = catalog.collections().stream().map(this::json).toList();
        return Response.ok(Map.of("collections", collections)).build();
    }

    private Map<String, Object> json(SandboxCollection collection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", collection.id());
        json.put("code", collection.code());
        json.put("name", collection.name());
        json.put("asset_family", collection.assetFamily());
        json.put("license_model", collection.licenseModel());
        json.put("product_types", collection.productTypes());
        return json;
    }
}
