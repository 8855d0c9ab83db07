package com.connectgateway.tls;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The gateway's entry point (jar and native executable): settles the JVM-wide TLS settings that
 * must be in place before the TLS stack is first used, then starts Quarkus as usual.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        ClientRenegotiation.reject();
        Quarkus.run(args);
    }
}
