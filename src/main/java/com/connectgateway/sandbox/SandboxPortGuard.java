package com.connectgateway.sandbox;

import com.connectgateway.sandboxmode.SandboxAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the two worlds apart on the shared router: {@code /sandbox} paths answer only on the
 * sandbox listener (404 on the gateway's HTTP and HTTPS ports, and everywhere when the sandbox
 * is off), and the sandbox listener answers nothing else. Installed whether or not the sandbox
 * is on, ahead of every other route.
 */
@ApplicationScoped
public class SandboxPortGuard {

    private static final String ROOT_SLASH = SandboxAddress.ROOT + "/";

    private final SandboxAddress address;

    SandboxPortGuard(SandboxAddress address) {
        this.address = address;
    }

    void install(@Observes Router router) {
        router.route().order(-50).handler(this::guard);
    }

    void guard(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean sandboxPath = path.equals(SandboxAddress.ROOT) || path.startsWith(ROOT_SLASH);
        boolean sandboxPort = address.port() > 0 && ctx.request().localAddress() != null
                && ctx.request().localAddress().port() == address.port();
        if (sandboxPath == sandboxPort) {
            ctx.next();
        } else {
            ctx.response().setStatusCode(404).end();
        }
    }
}
