package com.connectgateway.sandbox;

import com.connectgateway.sandboxmode.SandboxAddress;
import com.connectgateway.sandboxmode.SandboxMode;
import com.connectgateway.sandboxmode.SandboxSwitchConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The sandbox's own listener (loopback by default): it serves the application's router, so the
 * sandbox's JAX-RS resources run as usual, but {@link SandboxPortGuard} lets only {@code /sandbox}
 * paths through here and keeps them off the gateway's listeners. The gateway reaches it over HTTP
 * like any v3. It shares the Vert.x event loops with the gateway's listeners (the sandbox's
 * resources are non-blocking, so they take no worker threads), spread over them as the gateway's
 * listeners are: one server per event loop on the same port (Vert.x shares the socket).
 */
@ApplicationScoped
public class SandboxListener {

    private static final Logger LOG = Logger.getLogger(SandboxListener.class);
    private static final Duration BIND_WAIT = Duration.ofSeconds(30);

    private final SandboxMode mode;
    private final SandboxAddress address;
    private Vertx vertx;
    private String deployment;

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
        this.vertx = vertx;
        // Vert.x shares one socket among servers asked for the same host and port, not among
        // servers asked for port 0: a free port is picked first so all of them can ask for it.
        int port = config.port() == 0 ? freePort(config.host()) : config.port();
        HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(port);
        // One server per event loop, as Quarkus does for its own listeners, so one loop does not
        // carry every sandbox request (tests run 200 concurrent searches).
        int instances = Math.max(1, 2 * Runtime.getRuntime().availableProcessors());
        deployment = vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(Promise<Void> started) {
                vertx.createHttpServer(options).requestHandler(router).listen().<Void>mapEmpty().onComplete(started);
            }
        }, new DeploymentOptions().setInstances(instances))
                .toCompletionStage().toCompletableFuture().get(BIND_WAIT.toSeconds(), TimeUnit.SECONDS);
        address.publish(config.host(), port);
        if (LaunchMode.current() == LaunchMode.TEST) {
            System.setProperty(SandboxAddress.TEST_PORT_PROPERTY, String.valueOf(port));
        }
        LOG.infof("Sandbox listening on http://%s:%d%s (demo v3 API, OAuth2 token endpoint, control endpoints)",
                config.host(), port, SandboxAddress.ROOT);
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }
    /**
     * Closed after the gateway's own graceful drain (ShutdownEvent comes after it), so requests
     * in flight still reach their upstream.
     */
    void stop(@Observes ShutdownEvent event) throws Exception {
        if (deployment != null) {
            // Undeploying closes the servers the verticle instances opened.
            vertx.undeploy(deployment).toCompletionStage().toCompletableFuture()
                    .get(BIND_WAIT.toSeconds(), TimeUnit.SECONDS);
            deployment = null;
            if (LaunchMode.current() == LaunchMode.TEST) {
                System.clearProperty(SandboxAddress.TEST_PORT_PROPERTY);
            }
        }
    }
}
