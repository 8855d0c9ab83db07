package com.connectgateway.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fault injection's parts on their own: throttle window, hit log bound, rule outcomes. */
class SandboxFaultPartsTest {

    private static final long MS = 1_000_000L;

    @Test
    void throttleAdmitsNWithinAnyRollingSecond() {
        Throttle throttle = new Throttle(2);
        assertThat(throttle.admit(0)).isTrue();
        assertThat(throttle.admit(400 * MS)).isTrue();
        assertThat(throttle.admit(500 * MS)).isFalse();
        assertThat(throttle.admit(999 * MS)).isFalse();
        // The first call left the window; refused calls never counted.
        assertThat(throttle.admit(1_000 * MS)).isTrue();
        assertThat(throttle.admit(1_100 * MS)).isFalse();
        assertThat(throttle.admit(1_400 * MS)).isTrue();
    }

    @Test
    void throttleOfZeroRefusesEverything() {
        assertThat(new Throttle(0).admit(0)).isFalse();
    }

    @Test
    void hitLogKeepsTheLatestTenThousand() {
        HitLog log = new HitLog();
        for (int i = 0; i < HitLog.KEPT + 5; i++) {
            log.record("GET", "/sandbox/v3/images/" + i, "none");
        }
        List<Hit> hits = log.list(null);
        assertThat(hits).hasSize(10_000);
        assertThat(hits.get(0).path()).isEqualTo("/sandbox/v3/images/5");
        assertThat(hits.get(hits.size() - 1).path()).isEqualTo("/sandbox/v3/images/10004");
        assertThat(log.list("/sandbox/v3/images/1000")).extracting(Hit::path)
                .contains("/sandbox/v3/images/1000", "/sandbox/v3/images/10004");
    }

    @Test
    void outcomesNameWhatTheClientGot() {
        assertThat(rule(null, null, null).outcome()).isEqualTo("none");
        assertThat(rule(300L, null, null).outcome()).isEqualTo("delay");
        assertThat(rule(null, 503, null).outcome()).isEqualTo("status:503");
        assertThat(rule(300L, 503, null).outcome()).isEqualTo("delay+status:503");
        assertThat(rule(null, null, FaultAction.TRUNCATED).outcome()).isEqualTo("truncated");
        assertThat(rule(0L, null, FaultAction.RESET).outcome()).isEqualTo("reset");
    }

    @Test
    void timesIsSharedByEveryRequestUntilUsedUp() {
        SandboxFaults faults = new SandboxFaults();
        faults.replace(new FaultPlan(List.of(
                new FaultRule("/sandbox/v3/", "GET", 2, null, 503, null, null, null),
                new FaultRule("/sandbox/v3/", null, null, null, 500, null, null, null)), null).checked());
        assertThat(faults.take("GET", "/sandbox/v3/images").orElseThrow().status()).isEqualTo(503);
        assertThat(faults.take("POST", "/sandbox/v3/images").orElseThrow().status()).isEqualTo(500);
        assertThat(faults.take("GET", "/sandbox/v3/images").orElseThrow().status()).isEqualTo(503);
        assertThat(faults.take("GET", "/sandbox/v3/images").orElseThrow().status()).isEqualTo(500);
        assertThat(faults.take("GET", "/sandbox/oauth2/token")).isEmpty();
    }

    private static FaultRule rule(Long delay, Integer status, FaultAction action) {
        return new FaultRule("/sandbox/v3/", null, null, delay, status, null, Map.of(), action);
    }
}
