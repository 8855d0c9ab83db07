package com.connectgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.sandboxmode.SandboxMode;
import com.connectgateway.support.LocalPorts;
import com.connectgateway.support.PackagedJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started with the shipped configuration only (no upstream, no sandbox opt-in)
 * refuses to start with one line naming both settings, instead of answering with fake data. Also
 * run by the {@code -Pno-sandbox} build, whose jar must refuse the opt-in as well.
 */
@Tag("no-sandbox")
class PackagedStartRefusalIT {

    private static final Path LOG = Path.of("target", "packaged-start-refusal-it.log");

    @Test
    void withoutUpstreamOrOptInTheJarExitsWithOneClearLine() throws Exception {
        Run run = start(List.of());
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains(SandboxMode.NO_UPSTREAM_MESSAGE)
                .doesNotContain("Listening on", "Sandbox listening", "\tat ");
    }

    @Test
    void anUpstreamWithoutTokenEndpointIsRefusedToo() throws Exception {
        Run run = start(List.of("-Dgateway.upstream.api-url=http://127.0.0.1:9"));
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("gateway.upstream.token-url is required").doesNotContain("\tat ");
    }

    @Test
    void redisSessionsWithoutAnEncryptionKeyAreRefusedNamingTheSetting() throws Exception {
        Run run = startWithUpstream("-Dgateway.session.store=redis");
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("needs gateway.session.redis.encryption-key").doesNotContain("Listening on", "\tat ");
    }

    @Test
    void trafficRecordingWithoutAFileIsRefusedNamingTheSetting() throws Exception {
        Run run = startWithUpstream("-Dgateway.recording.enabled=true");
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("needs gateway.recording.file").doesNotContain("Listening on", "\tat ");
    }

    @Test
    void theOptInIsRefusedByABuildWithoutTheSandbox() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("gateway.build.no-sandbox"), "only in a -Pno-sandbox build");
        Run run = start(List.of("-Dgateway.sandbox.enabled=true"));
        assertThat(run.exitCode).as(run.output).isEqualTo(1);
        assertThat(run.output).contains("this build has no sandbox").doesNotContain("\tat ");
    }

    private record Run(int exitCode, String output) {
    }

    /** With an upstream and token endpoint configured (nothing listens there), so only {@code setting} is wrong. */
    private static Run startWithUpstream(String setting) throws Exception {
        return start(List.of("-Dgateway.upstream.api-url=http://127.0.0.1:9", "-Dgateway.upstream.token-url=http://127.0.0.1:9/t",
                setting));
    }

    /** Free ports only so a running gateway cannot make it fail for another reason; no other setting. */
    private static Run start(List<String> extra) throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        List<String> options = new ArrayList<>(List.of("-Dquarkus.http.port=" + LocalPorts.free(),
                "-Dquarkus.http.ssl-port=" + LocalPorts.free()));
        options.addAll(extra);
        List<String> command = PackagedJar.command(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
        // Environment overrides of the upstream or the opt-in would defeat the point.
        builder.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.startsWith("QUARKUS_"));
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the jar exited; see " + LOG).isTrue();
        return new Run(process.exitValue(), Files.readString(LOG, StandardCharsets.UTF_8));
    }
}
