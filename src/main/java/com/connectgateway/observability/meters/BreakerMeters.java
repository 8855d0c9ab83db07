package com.connectgateway.observability.meters;

import com.connectgateway.observability.health.BreakerWatch;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * {@code gateway_upstream_breaker_state{breaker, state}}: 1 for the state each upstream breaker is
 * in, 0 for the others. SmallRye's own {@code ft_circuitbreaker_state_total} counts time per state,
 * which does not say what the state is now.
 */
@Singleton
public class BreakerMeters implements MeterBinder {

    private final BreakerWatch breakers;

    BreakerMeters(BreakerWatch breakers) {
        this.breakers = breakers;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : BreakerWatch.NAMES) {
            for (CircuitBreakerState state : CircuitBreakerState.values()) {
                Gauge.builder("gateway.upstream.breaker.state", breakers, watch -> watch.state(name) == state ? 1 : 0)
                        .description("1 for the current state of each upstream circuit breaker")
                        .tag("breaker", name).tag("state", state.name().toLowerCase(Locale.ROOT))
                        .strongReference(true).register(registry);
            }
        }
    }
}
