package com.connectgateway.support;

import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Closes every named circuit breaker, so tests sharing an application start from the same state. */
public final class Breakers {

    private Breakers() {
    }

    public static void resetAll() {
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
