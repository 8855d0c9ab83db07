package com.connectgateway.sandbox.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The seeded changes are dated by the sandbox's own clock: one minute apart, the last a minute before the reset. */
class SandboxAssetChangesClockTest {

    @Test
    void seededChangesAreDatedFromTheClock() {
        SandboxAssetChanges changes = new SandboxAssetChanges(Clock.fixed(Instant.parse("2024-03-01T12:00:00.750Z"), ZoneOffset.UTC));
        changes.reset();
        SandboxAssetChanges.Served set = changes.serve(SandboxAssetChanges.PARTNER_CHANNEL, 10);
        assertThat(set.created()).isTrue();
        assertThat(set.changes()).hasSize(7);
        assertThat(set.changes().get(0).changedAt()).isEqualTo(Instant.parse("2024-03-01T11:53:00Z"));
        assertThat(set.changes().get(6).changedAt()).isEqualTo(Instant.parse("2024-03-01T11:59:00Z"));
        assertThat(set.changes()).extracting(SandboxAssetChanges.Change::lifecycle)
                .containsExactly("New", "Update", "Delete", "New", "Update", "Delete", "New");
        assertThat(changes.serve(SandboxAssetChanges.PARTNER_CHANNEL, 1).created()).isFalse();
        changes.confirm(Long.toString(set.id()));
        assertThat(changes.serve(SandboxAssetChanges.PARTNER_CHANNEL, 10)).isNull();
        assertThatThrownBy(() -> changes.confirm(Long.toString(set.id()))).isInstanceOf(SandboxV3Error.class);
    }
}
