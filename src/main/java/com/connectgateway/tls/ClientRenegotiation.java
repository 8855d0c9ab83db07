package com.connectgateway.tls;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Refuses TLS 1.2 renegotiation started by a client (each one costs the server a full handshake,
 * and it has a history of attacks; TLS 1.3 has none). The JDK's TLS engine, which the HTTPS
 * listener uses, has only a system property for it, read once per process when the first
 * server-side handshake begins: so it is set by {@link GatewayMain} before Quarkus starts, and
 * again at start-up for the runs that do not go through that main (dev mode, tests), still before
 * any client can connect. An operator's explicit {@code -Djdk.tls.rejectClientInitiatedRenegotiation}
 * is left as it is.
 */
@ApplicationScoped
public class ClientRenegotiation {

    static final String PROPERTY = "jdk.tls.rejectClientInitiatedRenegotiation";
    private static final Logger LOG = Logger.getLogger(ClientRenegotiation.class);

    static void reject() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    void atStart(@Observes StartupEvent event) {
        reject();
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY))) {
            LOG.warnf("-D%s=%s: TLS 1.2 clients may renegotiate", PROPERTY, System.getProperty(PROPERTY));
        }
    }
}
