package com.connectgateway.endpoint;

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
    private final LegacyBodyLimit bodyLimit;
    private final OversizedBodyRefusal oversized;

    LegacyHttpRoutes(TransportConfig transport, LegacyBodyLimit bodyLimit, OversizedBodyRefusal oversized) {
        this.transport = transport;
        this.bodyLimit = bodyLimit;
        this.oversized = oversized;
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

    /** A declared oversized body is refused before any of it is read; chunked ones in {@link LegacyOperationResource}. */
    private void rejectDeclaredOversize(RoutingContext ctx) {
        if (bodyLimit.declaredAbove(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            oversized.refuse(ctx);
            return;
        }
        ctx.next();
    }
}
