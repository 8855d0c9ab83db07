package com.connectgateway.sandbox.control;

import com.connectgateway.sandboxmode.SandboxMode;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Applies the fault rules and throttle mode of {@link SandboxFaults} to every sandbox request
 * except the control paths, and records the v3, OAuth2 and v4 calls in the {@link HitLog}. A
 * Vert.x route ahead of the JAX-RS resources, so it works alike for the token endpoint, blocking
 * and non-blocking resources, and can break the connection itself.
 */
@ApplicationScoped
public class FaultInjector {

    static final String CONTROL_PATH = "/sandbox/control";
    private static final List<String> LOGGED_PATHS = List.of("/sandbox/v3/", "/sandbox/oauth2/", "/sandbox/v4/");

    private final boolean enabled;
    private final SandboxFaults faults;
    private final HitLog hits;

    FaultInjector(SandboxMode mode, SandboxFaults faults, HitLog hits) {
        this.enabled = mode.enabled();
        this.faults = faults;
        this.hits = hits;
    }

    void install(@Observes Router router) {
        if (enabled) {
            // Before everything else on these paths, the JAX-RS resources included.
            router.route("/sandbox/*").order(-30).handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith(CONTROL_PATH)) {
            ctx.next();
            return;
        }
        String method = ctx.request().method().name();
        if (faults.throttled(path)) {
            record(method, path, "throttled");
            FaultResponses.throttled(ctx);
            return;
        }
        FaultRule rule = faults.take(method, path).orElse(null);
        // Recorded before the fault plays out, so a reset or a dribble the client gave up on counts too.
        record(method, path, rule == null ? "none" : rule.outcome());
        if (rule == null) {
            ctx.next();
        } else if (rule.delays()) {
            HttpServerRequest request = ctx.request();
            // Hold any request body until the resource (or nobody) reads it after the delay.
            request.pause();
            ctx.vertx().setTimer(rule.delayMillis(), id -> {
                request.resume();
                if (!ctx.response().closed()) {
                    act(ctx, rule);
                }
            });
        } else {
            act(ctx, rule);
        }
    }

    private static void act(RoutingContext ctx, FaultRule rule) {
        if (rule.proceeds()) {
            ctx.next();
        } else {
            FaultResponses.answer(ctx, rule);
        }
    }

    private void record(String method, String path, String fault) {
        for (String logged : LOGGED_PATHS) {
            if (path.startsWith(logged)) {
                hits.record(method, path, fault);
                return;
            }
        }
    }
}
