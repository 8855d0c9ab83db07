package com.connectgateway.support.profiles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Every upstream limit shortened, so timeout, retry, deadline and connection-pool tests need
 * sandbox delays of a second or less, and share one application start. The limits keep the order
 * they have in production (call timeouts of 5 and 10 s inside a 15 s operation deadline):
 * <ul>
 * <li>A single hanging v3 call is ended by its own timeout ({@link #READ_TIMEOUT_MILLIS}, 1 s for
 * downloads and writes too), well inside the operation deadline ({@link #DEADLINE_MILLIS}):
 * UpstreamPoliciesTest and V3WritesTest see the timeout, not the deadline.</li>
 * <li>The deadline ends an attempt that starts with less than its timeout left, so the deadline
 * tests first use up more than {@code DEADLINE_MILLIS - READ_TIMEOUT_MILLIS} (a slow failure that
 * is retried, a first round of fanned-out calls) and then hang the upstream; SearchDeadlineTest
 * checks that the deadline's answer, not the timeout's, comes back. The deadline also leaves room
 * for a one-second Retry-After plus one quick retry (UpstreamPoliciesTest.retryAfterIsHonoured).</li>
 * <li>Two v3 calls at a time per operation, so fan-out tests need few items.</li>
 * <li>{@link #MAX_CONCURRENT_CALLS} just above the REST client's default pool of 50
 * (ConnectionPoolTest).</li>
 * </ul>
 * The circuit breakers keep their default settings (10 failures among the last 20 calls open
 * one) instead of being switched off: the tests here close them before each test
 * ({@code Breakers.resetAll()}), and none fails more than six calls. The token timeout stays at
 * the test default of 2 s: the first grant after a start builds the token client inside that
 * timeout, and the first session took 1.5 s on a busy machine.
 */
public class ShortUpstreamPolicies implements QuarkusTestProfile {

    public static final long READ_TIMEOUT_MILLIS = 1000;
    public static final long DEADLINE_MILLIS = 1500;
    public static final int MAX_CONCURRENT_CALLS = 56;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.upstream.resilience.reads.timeout", READ_TIMEOUT_MILLIS + "MS",
                "gateway.upstream.resilience.reads.max-retries", "2",
                "gateway.upstream.resilience.reads.retry-delay", "50MS",
                "gateway.upstream.resilience.reads.max-retry-delay", "100MS",
                "gateway.upstream.resilience.reads.deadline", "3S",
                "gateway.upstream.resilience.downloads.timeout", "1S",
                "gateway.upstream.resilience.writes.timeout", "1S",
                "gateway.upstream.resilience.max-concurrent-calls", Integer.toString(MAX_CONCURRENT_CALLS),
                "gateway.operation.deadline", DEADLINE_MILLIS + "MS",
                "gateway.operation.parallelism", "2");
    }
}
