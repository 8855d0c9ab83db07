package com.connectgateway.sandboxmode;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * Where the sandbox listener actually listens, published by the sandbox once bound (the port
 * may be 0 in the configuration). The gateway reads it to build its upstream URLs without
 * knowing any sandbox class; in a build without the sandbox nothing is ever published.
 */
@ApplicationScoped
public class SandboxAddress {

    public static final String ROOT = "/sandbox";
    /** Set in test runs to the bound port, as Quarkus does with quarkus.http.test-port. */
    public static final String TEST_PORT_PROPERTY = "gateway.sandbox.test-port";

    private volatile URI base;
    private volatile int port = -1;

    /** Called by the sandbox listener after it is bound. */
    public void publish(String host, int boundPort) {
        // A wildcard bind is reached over loopback from this same process.
        String callable = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
        if (callable.contains(":") && !callable.startsWith("[")) {
            callable = "[" + callable + "]";
        }
        this.base = URI.create("http://" + callable + ":" + boundPort + ROOT);
        this.port = boundPort;
    }

    /** {@code http://127.0.0.1:<port>/sandbox}; empty until the listener is bound. */
    public Optional<URI> base() {
        return Optional.ofNullable(base);
    }

    /** The bound port, or -1 when no sandbox listener runs. */
    public int port() {
        return port;
    }
}
