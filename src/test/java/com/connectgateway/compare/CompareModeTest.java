package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The compare tool replaying the corpus built from the legacy docs' examples through the running
 * gateway and its sandbox, over HTTPS (CreateSession needs it), the report files read back.
 */
@QuarkusTest
class CompareModeTest {

    private static final Path RESOURCES = Path.of("src/test/resources/compare");
    static final Path DEFAULT_REPORT = Path.of("target/compare-test/default");
    private static final Path SIDE_EFFECTS_REPORT = Path.of("target/compare-test/side-effects");
    private static final Path TWO_GATEWAYS_REPORT = Path.of("target/compare-test/two-gateways");

    @Test
    void defaultRunSkipsSideEffectsRemapsIdsAndFindsTheRealDifferences() throws Exception {
        Outcome outcome = compare(DEFAULT_REPORT, "--corpus", RESOURCES.resolve("session.har").toString(), "--rules",
                RESOURCES.resolve("rules.json").toString(), "--credentials", RESOURCES.resolve("sandbox-credentials.properties").toString());
        assertThat(outcome.exit).as(outcome.console).isEqualTo(CompareCommand.OVER_THRESHOLD);
        JsonNode report = outcome.report;

        assertThat(report.at("/totals/exchanges").asInt()).isEqualTo(11);
        assertThat(report.at("/totals/notLegacy").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/skipped").asInt()).isEqualTo(4);
        assertThat(report.at("/totals/replayed").asInt()).isEqualTo(6);
        assertThat(operation(report, "download/CreateDownloadRequest").at("/skipped").asInt()).isEqualTo(1);
        assertThat(operation(report, "download/CreateDownloadRequest").at("/replayed").asInt()).isZero();
        assertThat(operation(report, "lightbox/CreateLightbox").at("/skipped").asInt()).isEqualTo(1);

        // The chain works: the search's ImageIds were mapped into the details and authorization calls.
        assertThat(call(report, "search/GetImageDetails").path("legacyStatus").asText()).isEqualTo("success");
        assertThat(call(report, "download/GetLargestImageDownloadAuthorizations").path("legacyStatus").asText()).isEqualTo("success");
        assertThat(call(report, "session/CreateSession").path("differences").asInt()).isZero();
        // With CreateLightbox held back, its LightboxId has no live counterpart: GetLightbox fails, and says so.
        assertThat(call(report, "lightbox/GetLightbox").path("legacyStatus").asText()).isEqualTo("error");

        List<String> paths = texts(report.at("/differingPaths"), "path");
        // Where the gateway really differs from the docs' examples: [] where they had null, extra Keywords.Type.
        assertThat(path(report, "SearchForImagesResult.Images[*].Keywords").path("kinds").toString()).contains("NULL_VS_EMPTY");
        assertThat(path(report, "GetImageDetailsResult.Images[*].Keywords[*].Type").path("kinds").toString()).contains("EXTRA");
        assertThat(path(report, "GetLightboxResult").path("kinds").toString()).contains("TYPE");
        assertThat(paths).doesNotContain("GetImageDetailsResult.Images[*].ImageId", "CreateSessionResult.Token");
        assertThat(paths).noneMatch(path -> path.endsWith("CoordinationId") || path.endsWith("Caption"));

        // Tokens differ between the two gateway passes: volatile, reported apart, not mismatches.
        List<String> volatilePaths = texts(report.at("/volatilePaths"), "path");
        assertThat(volatilePaths).contains("CreateSessionResult.Token", "CreateSessionResult.SecureToken",
                "GetLargestImageDownloadAuthorizationsResult.Images[*].Authorizations[*].DownloadToken");
        assertThat(paths).doesNotContainAnyElementsOf(volatilePaths);

        assertThat(report.at("/settings/allowSideEffects").asBoolean()).isFalse();
        assertThat(report.at("/settings/rules/ignore").toString()).contains("**.CoordinationId");
        assertThat(outcome.console).contains("[run 1 2/10] search/SearchForImages: HTTP 200 success", "skipped (side effect");
        assertNoSecrets(outcome);
    }

    @Test
    void sideEffectsAreReplayedWhenAllowedAndTheThresholdDecidesTheExitStatus() throws Exception {
        Outcome outcome = compare(SIDE_EFFECTS_REPORT, "--corpus", RESOURCES.resolve("session.jsonl").toString(),
                "--allow-side-effects", "--fail-over", "1.0", "--credentials",
                RESOURCES.resolve("sandbox-credentials.properties").toString());
        assertThat(outcome.exit).as(outcome.console).isEqualTo(CompareCommand.PASSED);
        JsonNode report = outcome.report;
        assertThat(report.at("/totals/skipped").asInt()).isZero();
        assertThat(report.at("/totals/replayed").asInt()).isEqualTo(10);
        assertThat(call(report, "download/CreateDownloadRequest").path("legacyStatus").asText()).isEqualTo("success");
        // The created LightboxId was mapped into the item, read and delete calls.
        assertThat(call(report, "lightbox/CreateLightboxItems").path("legacyStatus").asText()).isEqualTo("success");
        assertThat(call(report, "lightbox/GetLightbox").path("legacyStatus").asText()).isEqualTo("success");
        assertThat(call(report, "lightbox/DeleteLightbox").path("legacyStatus").asText()).isEqualTo("success");
        assertThat(report.at("/totals/mismatchedCalls").asInt()).isPositive();
        assertThat(report.at("/passed").asBoolean()).isTrue();
        assertNoSecrets(outcome);
    }

    @Test
    void twoGatewaysAreComparedCallByCallAndOnlyRealDifferencesCount() throws Exception {
        String https = "https://localhost:" + LegacyApi.httpsPort();
        String credentials = RESOURCES.resolve("sandbox-credentials.properties").toString();
        // The same gateway under two names: whatever differs between them is noise the baseline's own double run shows.
        Outcome same = run(TWO_GATEWAYS_REPORT, "--corpus", RESOURCES.resolve("session.jsonl").toString(), "--credentials", credentials,
                "--baseline", https, "--candidate", "https://127.0.0.1:" + LegacyApi.httpsPort(), "--report", TWO_GATEWAYS_REPORT.toString());
        assertThat(same.exit).as(same.console).isEqualTo(CompareCommand.PASSED);
        assertThat(same.report.at("/settings/mode").asText()).isEqualTo("baseline against candidate");
        assertThat(same.report.at("/totals/replayed").asInt()).isEqualTo(6);
        assertThat(same.report.at("/totals/mismatchedCalls").asInt()).isZero();
        assertThat(texts(same.report.at("/volatilePaths"), "path")).contains("CreateSessionResult.Token");

        // A candidate on the plain-HTTP listener refuses CreateSession (HTTPS only): a real difference, and the exit says so.
        Outcome plain = run(TWO_GATEWAYS_REPORT, "--corpus", RESOURCES.resolve("session.jsonl").toString(), "--credentials", credentials,
                "--baseline", https, "--candidate", "http://localhost:" + LegacyApi.httpPort(), "--report", TWO_GATEWAYS_REPORT.toString());
        assertThat(plain.exit).as(plain.console).isEqualTo(CompareCommand.OVER_THRESHOLD);
        assertThat(call(plain.report, "session/CreateSession").path("differences").asInt()).isPositive();
        assertNoSecrets(plain);
    }

    private static void assertNoSecrets(Outcome outcome) throws Exception {
        for (String text : List.of(outcome.html, outcome.json, outcome.console)) {
            assertThat(text).doesNotContain(LegacyApi.SYSTEM_PASSWORD, LegacyApi.USER_PASSWORD, "rec-Token-", "rec-SecureToken-",
                    "rec-DownloadToken-", "rec-delivery-signature", "/sandbox/delivery/");
            // The gateway's tokens are long URL-safe Base64 strings; only member names are that long in a report.
            Matcher longWords = Pattern.compile("[A-Za-z0-9_.-]{40,}").matcher(text);
            while (longWords.find()) {
                assertThat(longWords.group()).matches("[A-Za-z.]+");
            }
        }
        assertThat(outcome.json).contains(SecretMasker.MASK);
    }

    private static Outcome compare(Path reportDir, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--gateway", "https://localhost:" + LegacyApi.httpsPort(), "--report", reportDir.toString()));
        return run(reportDir, all.toArray(String[]::new));
    }

    private static Outcome run(Path reportDir, String... all) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        int exit = CompareCommand.run(all, Map.of(), out, out);
        String json = Files.readString(reportDir.resolve("report.json"));
        return new Outcome(exit, console.toString(StandardCharsets.UTF_8), Json.MAPPER.readTree(json), json,
                Files.readString(reportDir.resolve("report.html")));
    }

    private record Outcome(int exit, String console, JsonNode report, String json, String html) {
    }

    private static JsonNode operation(JsonNode report, String name) {
        return find(report.at("/operations"), "operation", name);
    }

    private static JsonNode call(JsonNode report, String operation) {
        return find(report.at("/calls"), "operation", operation);
    }

    private static JsonNode path(JsonNode report, String path) {
        return find(report.at("/differingPaths"), "path", path);
    }

    private static JsonNode find(JsonNode array, String member, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> node.path(member).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + member + " " + value + " in " + array));
    }

    private static List<String> texts(JsonNode array, String member) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(member).asText()).toList();
    }
}
