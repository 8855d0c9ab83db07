package com.connectgateway.session;

import com.connectgateway.wire.LegacyFault;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
        List<Session> live;
        try {
            live = store.liveSessions(now);
        } catch (LegacyFault storeDown) {
            // A shared store out of reach (it logs that itself): try again at the next run, no stack trace.
            return;
        }
        for (Session session : live) {
            if (refresher.needsRefresh(session, now)) {
                refresher.refreshInBackground(session);
            }
        }
    }
}
