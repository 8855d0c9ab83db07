package com.connectgateway.endpoint;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test-only Vert.x routes that throw, on a legacy path and elsewhere, standing in for a bug in a
 * route handler: what the client then sees is the route failure handler's answer.
 */
@ApplicationScoped
class FailingProbeRoutes {

    static final String LEGACY = "/v1/test/RouteFailureProbe";
    static final String OTHER = "/test/route-failure-probe";

    void install(@Observes Router router) {
        for (String path : new String[] { LEGACY, OTHER }) {
            router.route(path).order(-50).handler(ctx -> {
                throw new IllegalStateException("route failure probe");
            });
        }
    }
}
