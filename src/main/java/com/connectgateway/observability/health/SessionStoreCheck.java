package com.connectgateway.observability.health;

import com.connectgateway.session.SessionStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN while the session store cannot be used (a shared store out of reach). */
@Readiness
@ApplicationScoped
public class SessionStoreCheck implements HealthCheck {

    static final String NAME = "session-store";

    private final SessionStore store;

    SessionStoreCheck(SessionStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try {
            reachable = store.reachable();
        } catch (RuntimeException failure) {
            reachable = false;
        }
        return HealthCheckResponse.named(NAME)
                .status(reachable)
                .withData("store", storeName())
                .withData("reachable", reachable)
                .build();
    }

    /** The implementation's class name without the CDI proxy suffix, e.g. InMemorySessionStore. */
    private String storeName() {
        String name = io.quarkus.arc.ClientProxy.unwrap(store).getClass().getSimpleName();
        int generated = name.indexOf('_');
        return generated > 0 ? name.substring(0, generated) : name;
    }
}
