package com.connectgateway.observability.meters;

import com.connectgateway.session.SessionLimitCounters;
import com.connectgateway.session.SessionStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Session meters: {@code gateway_sessions_live} (live sessions, read from the store at scrape time),
 * and {@code gateway_sessions_refused_total} / {@code gateway_sessions_evicted_total} by reason,
 * published from the totals {@link SessionLimitCounters} keeps anyway.
 */
@Singleton
public class SessionMeters implements MeterBinder {

    private final SessionStore store;
    private final SessionLimitCounters limits;
    private final Clock clock;

    SessionMeters(SessionStore store, SessionLimitCounters limits, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("gateway.sessions.live", this, meters -> meters.store.liveCount(meters.clock.instant()))
                .description("Sessions whose legacy tokens are still valid").strongReference(true).register(registry);
        FunctionCounter.builder("gateway.sessions.refused", limits, SessionLimitCounters::refusedAtSystemQuota)
                .description("New sessions refused at a session limit").tag("reason", "system_quota").register(registry);
        FunctionCounter.builder("gateway.sessions.refused", limits, SessionLimitCounters::refusedStoreFull)
                .description("New sessions refused at a session limit").tag("reason", "store_full").register(registry);
        FunctionCounter.builder("gateway.sessions.evicted", limits, SessionLimitCounters::expiredDroppedForSystemQuota)
                .description("Expired sessions dropped before their retention ended, to make room").tag("reason", "system_quota")
                .register(registry);
        FunctionCounter.builder("gateway.sessions.evicted", limits, SessionLimitCounters::expiredDroppedForStore)
                .description("Expired sessions dropped before their retention ended, to make room").tag("reason", "store_full")
                .register(registry);
    }
}
