package com.connectgateway.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.support.LocalPorts;
import com.connectgateway.support.PackagedGateways;
import com.connectgateway.support.PackagedJar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with JSON console logs switched on by the one setting: every line is a JSON
 * object, the lines of a legacy request carry its CoordinationId and correlation id in {@code mdc},
 * the access line is there, and neither tokens nor passwords appear anywhere.
 */
class PackagedJsonLogIT {

    private static final Path LOG = Path.of("target", "packaged-json-log.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PackagedGateways jars = new PackagedGateways();

    @AfterEach
    void stop() throws Exception {
        jars.close();
    }

    @Test
    void jsonLinesCarryTheCoordinationIdAndNoSecrets() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        int http = LocalPorts.free();
        int https = LocalPorts.free();
        jars.start(LOG, List.of("-Dquarkus.profile=demo", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + http, "-Dquarkus.http.ssl-port=" + https, "-Dgateway.sandbox.port=" + LocalPorts.free(),
                "-Dquarkus.log.console.json.enabled=true"));

        Map<String, Object> credentials = Map.of("SystemId", LegacyApi.SYSTEM_ID, "SystemPassword", LegacyApi.SYSTEM_PASSWORD,
                "UserName", LegacyApi.USER_NAME, "UserPassword", LegacyApi.USER_PASSWORD);
        JsonBody session = given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(https).contentType(ContentType.JSON)
                .header("X-Correlation-ID", "it-corr-7")
                .body(Map.of("RequestHeader", Map.of("CoordinationId", "it-coord-42"), "CreateSessionRequestBody", credentials))
                .post("/v1/session/CreateSession").then().statusCode(200).header("X-Correlation-ID", "it-corr-7")
                .extract().as(JsonBody.class);
        String token = session.getString("CreateSessionResult.Token");
        String secureToken = session.getString("CreateSessionResult.SecureToken");
        assertThat(token).isNotBlank();
        given().baseUri("http://127.0.0.1").port(http).contentType(ContentType.JSON)
                .body(Map.of("RequestHeader", Map.of("Token", token, "CoordinationId", "it-coord-43"),
                        "SearchForImagesRequestBody", Map.of("Query", Map.of("SearchPhrase", "dog"))))
                .post("/v2/search/SearchForImages").then().statusCode(200);

        // Request text that tries to forge a line (in the CoordinationId and the SystemId): every line stays one JSON object.
        String forged = "x\r\n{\"loggerName\":\"forged\"}";
        given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(https).contentType(ContentType.JSON)
                .body(Map.of("RequestHeader", Map.of("CoordinationId", forged),
                        "CreateSessionRequestBody", Map.of("SystemId", forged, "SystemPassword", "y")))
                .post("/v1/session/CreateSession").then().statusCode(200);

        List<JsonNode> lines = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(this::lines, found -> found.stream().filter(PackagedJsonLogIT::access).count() >= 3);
        JsonNode createAccess = lines.stream().filter(PackagedJsonLogIT::access)
                .filter(l -> "it-coord-42".equals(l.path("mdc").path("coordinationId").asText(null))).findFirst().orElseThrow();
        assertThat(createAccess.path("level").asText()).isEqualTo("INFO");
        assertThat(createAccess.path("message").asText()).startsWith("operation=CreateSession http=200 status=success");
        assertThat(createAccess.path("mdc").path("correlationId").asText()).isEqualTo("it-corr-7");
        assertThat(createAccess.path("mdc").path("operation").asText()).isEqualTo("CreateSession");
        JsonNode searchAccess = lines.stream().filter(PackagedJsonLogIT::access)
                .filter(l -> "it-coord-43".equals(l.path("mdc").path("coordinationId").asText(null))).findFirst().orElseThrow();
        assertThat(searchAccess.path("mdc").path("sessionKind").asText()).isEqualTo("USER");

        assertThat(lines).noneMatch(l -> "forged".equals(l.path("loggerName").asText()));
        String all = read();
        assertThat(all).doesNotContain(LegacyApi.USER_PASSWORD, LegacyApi.SYSTEM_PASSWORD, token, secureToken);
    }

    private static boolean access(JsonNode line) {
        return AccessLog.CATEGORY.equals(line.path("loggerName").asText());
    }

    /** Every line of the log, each of which must be one JSON object. */
    private List<JsonNode> lines() throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : read().split("\n")) {
            if (!line.isBlank()) {
                parsed.add(JSON.readTree(line));
            }
        }
        return parsed;
    }

    private static String read() throws IOException {
        return PackagedGateways.read(LOG);
    }
}
