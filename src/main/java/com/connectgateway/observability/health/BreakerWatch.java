package com.connectgateway.observability.health;

import com.connectgateway.upstream.ResilienceConfig;
import com.connectgateway.upstream.UpstreamGuards;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of the two upstream circuit breakers ({@code v3}, {@code token-endpoint}) for readiness
 * (their gauges are SmallRye's own {@code ft_circuitbreaker_state_current}). SmallRye moves an open breaker to half-open only when a call arrives after
 * its delay, so readiness that stayed DOWN for as long as the breaker says OPEN would keep the traffic
 * away that could close it: a breaker counts as {@link #blocking} only during its delay after it
 * opened. A breaker that does not exist yet (no upstream call so far) is closed.
 */
@ApplicationScoped
public class BreakerWatch {

    public static final List<String> NAMES = List.of(UpstreamGuards.V3_BREAKER, UpstreamGuards.TOKEN_BREAKER);

    private final CircuitBreakerMaintenance breakers;
    private final Map<String, Duration> delays;
    private final Clock clock;
    private final Map<String, Instant> openedAt = new ConcurrentHashMap<>();
    private final Map<String, Boolean> watched = new ConcurrentHashMap<>();

    BreakerWatch(CircuitBreakerMaintenance breakers, ResilienceConfig resilience) {
        this.breakers = breakers;
        this.delays = Map.of(UpstreamGuards.V3_BREAKER, resilience.v3Breaker().delay(),
                UpstreamGuards.TOKEN_BREAKER, resilience.tokenBreaker().delay());
        // The wall clock, not the gateway's Clock bean: SmallRye's delay runs on real time, and
        // tests move the bean's clock for session lifetimes.
        this.clock = Clock.systemUTC();
    }

    /** CLOSED, OPEN or HALF_OPEN. */
    public CircuitBreakerState state(String name) {
        try {
            watch(name);
            return breakers.currentState(name);
        } catch (IllegalArgumentException notYetCreated) {
            return CircuitBreakerState.CLOSED;
        }
    }

    /** Open, and still within its delay: calls are refused and no trial call is due yet. */
    public boolean blocking(String name) {
        if (state(name) != CircuitBreakerState.OPEN) {
            return false;
        }
        Instant opened = openedAt.get(name);
        return opened == null || clock.instant().isBefore(opened.plus(delays.get(name)));
    }

    private void watch(String name) {
        if (watched.containsKey(name)) {
            return;
        }
        breakers.onStateChange(name, state -> {
            if (state == CircuitBreakerState.OPEN) {
                openedAt.put(name, clock.instant());
            }
        });
        watched.put(name, Boolean.TRUE);
        if (breakers.currentState(name) == CircuitBreakerState.OPEN) {
            openedAt.putIfAbsent(name, clock.instant()); // opened before we watched: its delay counts from now
        }
    }
}
