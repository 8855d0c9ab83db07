package com.connectgateway.session;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the background renewer when {@code gateway.session.renewer.enabled=false}. */
@Singleton
public class RenewerDisabled implements Scheduled.SkipPredicate {

    private final SessionConfig config;

    RenewerDisabled(SessionConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.renewer().enabled();
    }
}
