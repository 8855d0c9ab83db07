package com.connectgateway.observability.recording;

import static com.connectgateway.support.LegacyApi.createUserSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.compare.CompareCommand;
import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.SearchRequests;
import com.connectgateway.support.profiles.TrafficRecording;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The gateway recording its own legacy traffic: a JSONL corpus the compare tool reads, with no
 * token or password in it, whose pseudonyms still chain a session's calls, so the recording
 * replays through the gateway call for call.
 */
@QuarkusTest
@TestProfile(TrafficRecording.class)
class TrafficRecordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRecordedSessionHoldsNoSecretAndReplaysThroughTheCompareTool() throws Exception {
        Map<String, Object> session = createUserSession();
        String token = (String) session.get("Token");
        String secureToken = (String) session.get("SecureToken");
        JsonBody found = SearchRequests.searchOk(token, SearchRequests.body(1, 3));
        List<String> ids = found.getList("SearchForImagesResult.Images.ImageId", String.class);
        LegacyApi.post(LegacyApi.overHttp(), "/v1/search/GetImageDetails", LegacyApi.envelope(token, "rec-3",
                "GetImageDetailsRequestBody", Map.of("ImageIds", ids, "Language", "en-us")));

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> Files.exists(TrafficRecording.FILE) && lines().size() >= 3);
        String text = Files.readString(TrafficRecording.FILE, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(token).doesNotContain(secureToken)
                .doesNotContain(LegacyApi.SYSTEM_PASSWORD).doesNotContain(LegacyApi.USER_PASSWORD);

        List<JsonNode> lines = lines();
        JsonNode created = lines.get(0);
        assertThat(created.at("/request/url").asText()).endsWith("/v1/session/CreateSession").startsWith("https://");
        assertThat(created.at("/request/body/CreateSessionRequestBody/UserPassword").asText()).isEqualTo(TrafficMasker.PASSWORD);
        assertThat(created.at("/request/body/CreateSessionRequestBody/UserName").asText()).isEqualTo(LegacyApi.USER_NAME);
        String pseudonym = created.at("/response/body/CreateSessionResult/Token").asText();
        assertThat(pseudonym).startsWith(TrafficMasker.PSEUDONYM_PREFIX);
        assertThat(lines.get(1).at("/request/body/RequestHeader/Token").asText()).as("the same token, the same pseudonym")
                .isEqualTo(pseudonym);
        assertThat(lines.get(1).at("/response/status").asInt()).isEqualTo(200);
        assertThat(lines.get(1).at("/response/body/SearchForImagesResult/Images/0/ImageId").asText()).isEqualTo(ids.get(0));

        Path report = Path.of("target", "recording-test", "report");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        int exit = CompareCommand.run(new String[] { "--corpus", TrafficRecording.FILE.toString(), "--gateway",
                "https://localhost:" + LegacyApi.httpsPort(), "--credentials", "src/test/resources/compare/sandbox-credentials.properties",
                "--report", report.toString() }, Map.of(), out, out);
        JsonNode result = JSON.readTree(report.resolve("report.json").toFile());
        assertThat(result.at("/totals/replayed").asInt()).as(console.toString(StandardCharsets.UTF_8)).isGreaterThanOrEqualTo(3);
        for (JsonNode call : result.at("/calls")) {
            assertThat(call.path("legacyStatus").asText()).as(call.toString()).isEqualTo("success");
        }
        assertThat(result.at("/totals/mismatchedCalls").asInt()).as("recorded from this gateway: nothing differs").isZero();
        assertThat(exit).isEqualTo(CompareCommand.PASSED);
    }

    private static List<JsonNode> lines() throws Exception {
        return Files.readAllLines(TrafficRecording.FILE, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
