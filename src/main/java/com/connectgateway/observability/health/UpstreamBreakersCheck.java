package com.connectgateway.observability.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN while the v3 or the token-endpoint circuit breaker is open (and its delay runs). */
@Readiness
@ApplicationScoped
public class UpstreamBreakersCheck implements HealthCheck {

    static final String NAME = "upstream-circuit-breakers";

    private final BreakerWatch breakers;

    UpstreamBreakersCheck(BreakerWatch breakers) {
        this.breakers = breakers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (String name : BreakerWatch.NAMES) {
            response.withData(name, breakers.state(name).name());
            if (breakers.blocking(name)) {
                response.down();
            }
        }
        return response.build();
    }
}
