package com.connectgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.LocalPorts;
import com.connectgateway.support.PackagedGateways;
import com.connectgateway.support.PackagedJar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar quarkus-run.jar compare ...} as a migration team runs it: against the packaged
 * gateway in its demo profile, credentials from the environment, exit status and report files checked.
 */
class PackagedCompareIT {

    private static final Path GATEWAY_LOG = Path.of("target", "packaged-compare-gateway.log");
    private static final Path COMPARE_LOG = Path.of("target", "packaged-compare.log");
    private static final Path REPORT = Path.of("target", "packaged-compare-report");

    private final PackagedGateways jars = new PackagedGateways();

    @AfterEach
    void stop() throws Exception {
        jars.close();
    }

    @Test
    void theCompareSubCommandReplaysTheCorpusAndGatesOnTheThreshold() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        int httpsPort = LocalPorts.free();
        jars.start(GATEWAY_LOG, List.of("-Dquarkus.profile=demo", "-Dquarkus.http.port=" + LocalPorts.free(),
                "-Dquarkus.http.ssl-port=" + httpsPort, "-Dgateway.sandbox.port=" + LocalPorts.free()));

        String url = "https://localhost:" + httpsPort;
        // The docs corpus differs from the sandbox's catalog, so the default threshold (0.0) fails the run...
        assertThat(compare(url, "0.0")).as("exit status; see " + COMPARE_LOG).isEqualTo(1);
        assertThat(REPORT.resolve("report.html")).exists();
        assertThat(REPORT.resolve("report.json")).exists();
        assertThat(PackagedGateways.read(COMPARE_LOG)).contains("[run 1 1/10] session/CreateSession: HTTP 200 success").doesNotContain(LegacyApi.USER_PASSWORD);
        // ...and a threshold of 1.0 lets it pass.
        assertThat(compare(url, "1.0")).as("exit status; see " + COMPARE_LOG).isZero();
    }

    private static int compare(String gatewayUrl, String failOver) throws Exception {
        List<String> command = new ArrayList<>(PackagedJar.command(List.of()));
        command.addAll(List.of("compare", "--corpus", "src/test/resources/compare/session.jsonl", "--gateway", gatewayUrl,
                "--report", REPORT.toString(), "--fail-over", failOver));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(COMPARE_LOG.toFile());
        builder.environment().put("CONNECT_SYSTEM_ID", LegacyApi.SYSTEM_ID);
        builder.environment().put("CONNECT_SYSTEM_PASSWORD", LegacyApi.SYSTEM_PASSWORD);
        builder.environment().put("CONNECT_USER_NAME", LegacyApi.USER_NAME);
        builder.environment().put("CONNECT_USER_PASSWORD", LegacyApi.USER_PASSWORD);
        Process compare = builder.start();
        assertThat(compare.waitFor(120, TimeUnit.SECONDS)).as("compare finished").isTrue();
        return compare.exitValue();
    }
}
