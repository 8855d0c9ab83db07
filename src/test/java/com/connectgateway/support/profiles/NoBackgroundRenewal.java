package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.util.Map;

/**
 * For tests that count the sandbox's token requests: no background renewer adds any. The bulkhead
 * is widened so every concurrent caller reaches v3, and the token timeout is generous: hundreds of
 * concurrent searches on two cores can hold the one refresh longer than the suite's 2 s, and a
 * timed-out refresh would not be retried. Reads and the operation deadline are as generous: a search
 * timing out on a loaded machine says nothing about the token requests these tests count. Tests
 * reset the breakers first (no state from other storms). A test that wants the renewer runs its
 * pass itself ({@code UpstreamTokenRenewer.renewDueTokens()}); the backoff after a failed refresh
 * is long, so such a test steps through it with the clock and real time never ends one early. The
 * backoff only holds back background refreshes (renewer passes, requests while the token is still
 * valid); the storms' waiting and 401 refreshes never consult it.
 */
public class NoBackgroundRenewal implements QuarkusTestProfile {

    /** The wait after the first failed upstream refresh; it doubles after each further failure. */
    public static final Duration REFRESH_BACKOFF = Duration.ofSeconds(20);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.session.renewer.enabled", "false",
                "gateway.upstream.resilience.max-concurrent-calls", "256",
                "gateway.upstream.token-timeout", "10S",
                "gateway.upstream.api-timeout", "40S",
                "gateway.upstream.resilience.reads.timeout", "30S",
                "gateway.upstream.resilience.reads.deadline", "40S",
                "gateway.operation.deadline", "40S",
                "gateway.session.refresh-backoff-initial", REFRESH_BACKOFF.toString(),
                "gateway.session.refresh-backoff-max", REFRESH_BACKOFF.multipliedBy(4).toString());
    }
}
