package com.connectgateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The session limits in {@link InMemorySessionStore}, and how its cache forgets sessions after their retention. */
class SessionQuotaTest extends SessionQuotaRules {

    @Override
    protected InMemorySessionStore store(long maxSessions, long maxPerSystem) {
        return new InMemorySessionStore(InMemorySessionStoreTest.config(maxSessions, maxPerSystem, Duration.ofHours(1)), clock, counters);
    }

    @Override
    protected long size(SessionStore store) {
        return ((InMemorySessionStore) store).size();
    }

    @Test
    void sessionsForgottenAtTheEndOfTheirRetentionFreeTheirPlace() {
        InMemorySessionStore store = new InMemorySessionStore(InMemorySessionStoreTest.config(1, 1, Duration.ofMillis(200)), clock, counters);
        store.add(session("A", "a1", Duration.ZERO));
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).until(() -> store.findById("a1").isEmpty());

        assertThat(store.add(live("A", "a2"))).isEqualTo(Admission.ADMITTED);
        assertThat(store.size()).isEqualTo(1);
        assertThat(counters.expiredDroppedForSystemQuota() + counters.expiredDroppedForStore()).as("nothing dropped early").isZero();
    }

}
