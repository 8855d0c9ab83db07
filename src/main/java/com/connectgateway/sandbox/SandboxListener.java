package com.connectgateway.sandbox;

import com.connectgateway.sandboxmode.SandboxAddress;
import com.connectgateway.sandboxmode.SandboxMode;
import com.connectgateway.sandboxmode.SandboxSwitchConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The sandbox's own listener (loopback by default): it serves the application's router, so the
 * sandbox's JAX-RS resources run as usual, but {@link SandboxPortGuard} lets only {@code /sandbox}
 * paths through here and keeps them off the gateway's listeners. The gateway reaches it over HTTP
 * like any v3. It shares the Vert.x event loops with the gateway's listeners (the sandbox's
 * resources are non-blocking, so they take no worker threads).
 */
@ApplicationScoped
public class SandboxListener {

    private static final Logger LOG = Logger.getLogger(SandboxListener.class);
    private static final Duration BIND_WAIT = Duration.ofSeconds(30);

    private final SandboxMode mode;
    private final SandboxAddress address;
    private HttpServer server;

    SandboxListener(SandboxMode mode, SandboxAddress address) {
        this.mode = mode;
        this.address = address;
    }

    /** Bound here, before StartupEvent, so a busy port fails the start and the gateway knows the address. */
    void start(@Observes Router router, Vertx vertx) throws Exception {
        if (!mode.enabled()) {
            return;
        }
        SandboxSwitchConfig config = mode.config();
        server = vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
                .requestHandler(router);
        server.listen().toCompletionStage().toCompletableFuture().get(BIND_WAIT.toSeconds(), TimeUnit.SECONDS);
        address.publish(config.host(), server.actualPort());
        if (LaunchMode.current() == LaunchMode.TEST) {
            System.setProperty(SandboxAddress.TEST_PORT_PROPERTY, String.valueOf(server.actualPort()));
        }
        LOG.infof("Sandbox listening on http://%s:%d%s (demo v3 API, OAuth2 token endpoint, control endpoints)",
                config.host(), server.actualPort(), SandboxAddress.ROOT);
    }

    /**
     * Closed after the gateway's own graceful drain (ShutdownEvent comes after it), so requests
     * in flight still reach their upstream.
     */
    void stop(@Observes ShutdownEvent event) throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(BIND_WAIT.toSeconds(), TimeUnit.SECONDS);
            server = null;
            if (LaunchMode.current() == LaunchMode.TEST) {
                System.clearProperty(SandboxAddress.TEST_PORT_PROPERTY);
            }
        }
    }
}
