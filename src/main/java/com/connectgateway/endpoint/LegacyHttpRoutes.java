package com.connectgateway.endpoint;

import com.connectgateway.wire.LegacyWireConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * HTTP-level handling of the operation paths that must happen before the body is read: CORS for
 * browser clients, and refusing a declared oversized body without buffering it.
 */
@ApplicationScoped
public class LegacyHttpRoutes {

    private static final Set<String> LEGACY_ROOTS = Set.of("/v1/*", "/v2/*");

    private final TransportConfig transport;
    private final LegacyWireConfig wire;
    private final ObjectMapper json;

    LegacyHttpRoutes(TransportConfig transport, LegacyWireConfig wire, ObjectMapper json) {
        this.transport = transport;
        this.wire = wire;
        this.json = json;
    }

    void install(@Observes Router router) {
        CorsHandler cors = corsHandler();
        for (String root : LEGACY_ROOTS) {
            router.route(root).order(-20).handler(cors);
            router.route(root).order(-19).handler(this::rejectDeclaredOversize);
        }
    }

    private CorsHandler corsHandler() {
        CorsHandler cors = CorsHandler.create()
                .allowedMethods(Set.of(HttpMethod.POST, HttpMethod.OPTIONS))
                .allowedHeaders(Set.of("Content-Type", "Accept", "Accept-Encoding", "X-Requested-With", "Authorization", "Api-Key",
                        "GI-Coordination-Id"))
                .maxAgeSeconds(3600);
        if (!transport.corsOrigins().contains("*")) {
            cors.addOrigins(transport.corsOrigins());
        }
        return cors;
    }

    private void rejectDeclaredOversize(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = wire.maxBodySize().asLongValue();
        if (declared != null && parse(declared) > limit) {
            try {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, LegacyJsonResponses.JSON_UTF8.toString())
                        // The unread body would otherwise be taken as the next request.
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json.writeValueAsString(LegacyJsonResponses.tooLargeBody(limit).toJson()));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
            return;
        }
        ctx.next();
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
