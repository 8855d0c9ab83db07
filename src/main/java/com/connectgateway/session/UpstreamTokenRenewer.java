package com.connectgateway.session;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Renews upstream tokens of live sessions before they expire, so no request has to wait for one. */
@ApplicationScoped
public class UpstreamTokenRenewer {

    private final SessionStore store;
    private final UpstreamTokenRefresher refresher;
    private final Clock clock;

    UpstreamTokenRenewer(SessionStore store, UpstreamTokenRefresher refresher, Clock clock) {
        this.store = store;
        this.refresher = refresher;
        this.clock = clock;
    }

    @Scheduled(every = "${gateway.session.renewer.interval}", delayed = "${gateway.session.renewer.interval}",
            skipExecutionIf = RenewerDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewDueTokens() {
        Instant now = clock.instant();
        for (Session session : store.liveSessions(now)) {
            if (refresher.needsRefresh(session, now)) {
                refresher.refreshInBackground(session);
            }
        }
    }
}
