package com.connectgateway.sandboxmode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-sandbox")
class UpstreamChoiceTest {

    @Test
    void aConfiguredUpstreamWinsOverTheOptIn() {
        assertThat(UpstreamChoice.decide(true, false)).isEqualTo(UpstreamChoice.CONFIGURED);
        assertThat(UpstreamChoice.decide(true, true)).isEqualTo(UpstreamChoice.CONFIGURED);
    }

    @Test
    void theSandboxNeedsTheOptIn() {
        assertThat(UpstreamChoice.decide(false, true)).isEqualTo(UpstreamChoice.SANDBOX);
        assertThat(UpstreamChoice.decide(false, false)).isEqualTo(UpstreamChoice.NONE);
    }

    @Test
    void theRefusalNamesBothSettingsOnOneLine() {
        assertThat(SandboxMode.NO_UPSTREAM_MESSAGE).contains("gateway.upstream.api-url", "gateway.sandbox.enabled")
                .doesNotContain("\n");
    }
}
