package com.connectgateway.session;

import com.connectgateway.wire.Sha256;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One summary line per {@code gateway.session.limit-log-interval} about the session limits instead
 * of one line per refused or dropped session, which a flood would turn into a log flood. Silent
 * while nothing happened. Systems appear as a fingerprint (the first 8 hex digits of the SHA-256
 * of the SystemId), as in pass-through mode the SystemId is the API key.
 */
@ApplicationScoped
public class SessionLimitLog {

    private static final Logger LOG = Logger.getLogger(SessionLimitLog.class);
    private static final int NAMED_SYSTEMS = 3;

    private final SessionLimitCounters counters;
    private long refusedAtQuota;
    private long refusedFull;
    private long droppedForQuota;
    private long droppedForStore;

    SessionLimitLog(SessionLimitCounters counters) {
        this.counters = counters;
    }

    @Scheduled(every = "${gateway.session.limit-log-interval}", delayed = "${gateway.session.limit-log-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void logSummary() {
        next().ifPresent(line -> LOG.log(line.level(), line.text()));
    }

    /** The line about what happened since the previous one; empty when nothing did. */
    Optional<String> summary() {
        return next().map(Line::text);
    }

    /** Refusals are a warning: some client was told no. Early drops alone are routine. */
    private record Line(Logger.Level level, String text) {
    }

    private synchronized Optional<Line> next() {
        long quota = counters.refusedAtSystemQuota() - refusedAtQuota;
        long full = counters.refusedStoreFull() - refusedFull;
        long forQuota = counters.expiredDroppedForSystemQuota() - droppedForQuota;
        long forStore = counters.expiredDroppedForStore() - droppedForStore;
        refusedAtQuota += quota;
        refusedFull += full;
        droppedForQuota += forQuota;
        droppedForStore += forStore;
        Map<String, Long> systems = counters.takeRefusingSystems();
        if (quota + full + forQuota + forStore == 0) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder();
        if (quota + full > 0) {
            line.append("Session limits refused ").append(quota).append(" new session(s) at their system's quota");
            if (!systems.isEmpty()) {
                line.append(" (systems by SHA-256 prefix: ").append(topSystems(systems)).append(')');
            }
            line.append(" and ").append(full).append(" with the store full of live sessions; ");
        } else {
            line.append("Session limits: ");
        }
        line.append("dropped ").append(forQuota + forStore).append(" expired session(s) early to make room (")
                .append(forQuota).append(" within a system's quota, ").append(forStore)
                .append(" in the full store); their tokens now answer AUTH-010 instead of AUTH-012");
        return Optional.of(new Line(quota + full > 0 ? Logger.Level.WARN : Logger.Level.INFO, line.toString()));
    }

    private static String topSystems(Map<String, Long> systems) {
        String named = systems.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(NAMED_SYSTEMS)
                .map(e -> fingerprint(e.getKey()) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return systems.size() > NAMED_SYSTEMS ? named + ", " + (systems.size() - NAMED_SYSTEMS) + " more" : named;
    }

    static String fingerprint(String system) {
        return HexFormat.of().formatHex(Sha256.of(system), 0, 4);
    }
}
