package com.connectgateway.endpoint;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

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
    private final LegacyBodyLimit bodyLimit;
    private final OversizedBodyRefusal oversized;
    private final LegacyJsonResponses responses;

    LegacyOperationResource(LegacyDispatcher dispatcher, SecureTransportDetector transport, LegacyBodyLimit bodyLimit,
            OversizedBodyRefusal oversized, LegacyJsonResponses responses) {
        this.dispatcher = dispatcher;
        this.transport = transport;
        this.bodyLimit = bodyLimit;
        this.oversized = oversized;
        this.responses = responses;
    }

    /** The body as a stream, so a chunked one is read only up to the limit (a declared one was checked before). */
    @POST
    @Path("/{service}/{operation}")
    public Response invoke(@PathParam("service") String service, @PathParam("operation") String operation,
            InputStream body, @Context HttpServerRequest request, @Context RoutingContext routing) {
        return withBody(body, routing,
                bytes -> responses.ok(dispatcher.dispatch(service, operation, bytes, transport.isSecure(request))));
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
    public Response unknownPath(@PathParam("path") String path, InputStream body, @Context RoutingContext routing) {
        return withBody(body, routing,
                bytes -> responses.ok(dispatcher.reject("Unknown operation path: " + path + ".", bytes)));
    }

    /** Reads the body within the limit and answers with it, or with the 413 once it is too large. */
    private Response withBody(InputStream body, RoutingContext routing, Function<byte[], Response> answer) {
        byte[] bytes;
        try {
            bytes = bodyLimit.readWithin(body);
        } catch (IOException unreadable) {
            // The client stopped sending or went away mid-body (read timeout, reset): nothing to parse.
            return responses.ok(dispatcher.reject("The request body could not be read.", null));
        }
        return bytes == null ? oversized.answer(routing) : answer.apply(bytes);
    }

    private Response wrongMethod(String method) {
        return responses.ok(dispatcher.reject(
                "Operations must be called with POST; " + method + " is not supported.", null));
    }
}
