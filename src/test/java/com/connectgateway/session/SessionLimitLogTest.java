package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The session limits write one summary per interval, naming systems only by fingerprint. */
class SessionLimitLogTest {

    private final SessionLimitCounters counters = new SessionLimitCounters();
    private final SessionLimitLog log = new SessionLimitLog(counters);

    @Test
    void oneLineSummarisesEveryEventOfTheIntervalAndThenItIsQuiet() {
        for (int i = 0; i < 225; i++) {
            counters.countQuotaRefusal("flooding-api-key");
        }
        counters.countQuotaRefusal("other-api-key");
        counters.countStoreFullRefusal();
        counters.countExpiredDrop(true);
        counters.countExpiredDrop(false);
        counters.countExpiredDrop(false);

        String line = log.summary().orElseThrow();
        assertThat(line)
                .contains("refused 226 new session(s) at their system's quota")
                .contains(SessionLimitLog.fingerprint("flooding-api-key") + "=225")
                .contains(SessionLimitLog.fingerprint("other-api-key") + "=1")
                .contains("and 1 with the store full")
                .contains("dropped 3 expired session(s) early")
                .contains("1 within a system's quota, 2 in the full store")
                .doesNotContain("flooding-api-key", "other-api-key");
        assertThat(log.summary()).as("nothing new happened").isEmpty();

        counters.countExpiredDrop(true);
        assertThat(log.summary()).get().asString().startsWith("Session limits: dropped 1 expired session(s)");
        assertThat(counters.refusedAtSystemQuota()).as("totals keep growing for metrics").isEqualTo(226);
    }

    @Test
    void namesAtMostThreeSystems() {
        for (int system = 0; system < 5; system++) {
            for (int i = 0; i <= system; i++) {
                counters.countQuotaRefusal("system-" + system);
            }
        }
        assertThat(log.summary().orElseThrow())
                .contains(SessionLimitLog.fingerprint("system-4") + "=5")
                .contains(SessionLimitLog.fingerprint("system-2") + "=3")
                .doesNotContain(SessionLimitLog.fingerprint("system-1"))
                .contains("2 more");
    }
}
