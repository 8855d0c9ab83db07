package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyWireConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * The legacy operation paths, {@code /v1/{service}/{Operation}} and {@code /v2/...}. Every request
 * here is answered with HTTP 200 and a legacy envelope (an oversized body gets 413, still with the
 * envelope). No {@code @Consumes}/{@code @Produces}: clients send application/json, text/json or
 * nothing, and may send any Accept header.
 */
@Path("/{version: v[12]}")
public class LegacyOperationResource {

    private final LegacyDispatcher dispatcher;
    private final SecureTransportDetector transport;
    private final LegacyWireConfig wireConfig;

    LegacyOperationResource(LegacyDispatcher dispatcher, SecureTransportDetector transport, LegacyWireConfig wireConfig) {
        this.dispatcher = dispatcher;
        this.transport = transport;
        this.wireConfig = wireConfig;
    }

    @POST
    @Path("/{service}/{operation}")
    public Response invoke(@PathParam("service") String service, @PathParam("operation") String operation,
            byte[] body, @Context HttpServerRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (oversized(bytes)) {
            return LegacyJsonResponses.tooLarge(wireConfig.maxBodySize().asLongValue());
        }
        return LegacyJsonResponses.ok(dispatcher.dispatch(service, operation, bytes, transport.isSecure(request)));
    }

    @GET
    @Path("/{path: .*}")
    public Response get() {
        return wrongMethod("GET");
    }

    @PUT
    @Path("/{path: .*}")
    public Response put() {
        return wrongMethod("PUT");
    }

    @DELETE
    @Path("/{path: .*}")
    public Response delete() {
        return wrongMethod("DELETE");
    }

    @PATCH
    @Path("/{path: .*}")
    public Response patch() {
        return wrongMethod("PATCH");
    }

    /** POST to a path that is not {service}/{Operation}. */
    @POST
    @Path("/{path: .*}")
    public Response unknownPath(@PathParam("path") String path, byte[] body) {
        if (oversized(body)) {
            return LegacyJsonResponses.tooLarge(wireConfig.maxBodySize().asLongValue());
        }
        return LegacyJsonResponses.ok(dispatcher.reject("Unknown operation path: " + path + ".", body));
    }

    /** Bodies sent chunked, without a Content-Length the HTTP layer could check first. */
    private boolean oversized(byte[] body) {
        return body != null && body.length > wireConfig.maxBodySize().asLongValue();
    }

    private Response wrongMethod(String method) {
        return LegacyJsonResponses.ok(dispatcher.reject(
                "Operations must be called with POST; " + method + " is not supported.", null));
    }
}
