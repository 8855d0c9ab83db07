package com.connectgateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LocalPorts;
import com.connectgateway.support.PackagedJar;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LightboxIds survive a gateway restart: the packaged jar runs once as the v3 upstream (its
 * sandbox, which keeps the boards) and twice in turn as the gateway in front of it, the second
 * after the first has stopped. A client that stored the integer from the first gateway reads the
 * same lightbox through the second, and both list the same ids.
 */
class PackagedLightboxIdsIT {

    private static final Path UPSTREAM_LOG = Path.of("target", "packaged-lightbox-upstream.log");
    private static final Path GATEWAY_LOG = Path.of("target", "packaged-lightbox-gateway.log");

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aStoredLightboxIdNamesTheSameLightboxAfterARestart() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        int sandboxPort = LocalPorts.free();
        start(UPSTREAM_LOG, List.of("-Dquarkus.profile=demo", "-Dquarkus.http.port=" + LocalPorts.free(),
                "-Dquarkus.http.ssl-port=" + LocalPorts.free(), "-Dgateway.sandbox.host=127.0.0.1",
                "-Dgateway.sandbox.port=" + sandboxPort));
        String sandbox = "http://127.0.0.1:" + sandboxPort + "/sandbox";

        int firstPort = LocalPorts.free();
        int firstTls = LocalPorts.free();
        Process first = start(GATEWAY_LOG, gateway(sandbox, firstPort, firstTls));
        String token = userToken(firstTls);
        JsonBody created = post(firstPort, token, "CreateLightbox", Map.of("LightboxName", "Kept across restarts"));
        int lightboxId = ((Number) created.get("CreateLightboxResult.LightboxId")).intValue();
        post(firstPort, token, "CreateLightboxItems", Map.of("LightboxId", lightboxId, "AssetIds", List.of(anImage(firstPort, token))));
        List<Object> idsBefore = headerIds(firstPort, token);
        assertThat(idsBefore).contains(Integer.toString(lightboxId));
        first.destroy();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the first gateway stopped").isTrue();

        int secondPort = LocalPorts.free();
        int secondTls = LocalPorts.free();
        start(GATEWAY_LOG, gateway(sandbox, secondPort, secondTls));
        String newToken = userToken(secondTls);
        assertThat(headerIds(secondPort, newToken)).isEqualTo(idsBefore);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("ItemStartNumber", 1);
        options.put("ItemCount", 10);
        JsonBody read = post(secondPort, newToken, "GetLightbox", Map.of("LightboxId", lightboxId, "LightboxItemsViewOptions", options));
        assertThat(read.getString("ResponseHeader.Status")).isEqualTo("success");
        assertThat(read.getString("GetLightboxResult.Lightbox.LightboxHeader.LightboxName")).isEqualTo("Kept across restarts");
        assertThat(read.getList("GetLightboxResult.Lightbox.LightboxItems")).hasSize(1);
    }

    /** The gateway in front of the upstream sandbox, its own sandbox off (as bench/run.sh runs it). */
    private static List<String> gateway(String sandbox, int httpPort, int httpsPort) {
        return List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + httpPort, "-Dquarkus.http.ssl-port=" + httpsPort,
                "-Dgateway.upstream.api-url=" + sandbox, "-Dgateway.upstream.token-url=" + sandbox + "/oauth2/token",
                "-Dgateway.credentials.mode=pass-through", "-Dgateway.sandbox.enabled=false");
    }

    private Process start(Path log, List<String> options) throws IOException {
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(PackagedJar.command(options)).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        started.add(process);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(log).contains("Listening on") || !process.isAlive());
        assertThat(process.isAlive()).as("started; see " + log).isTrue();
        return process;
    }

    private static String userToken(int httpsPort) {
        Map<String, Object> body = Map.of("SystemId", "sandbox-system", "SystemPassword", "sandbox-secret",
                "UserName", "sandbox-user", "UserPassword", "sandbox-password");
        JsonBody session = given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(httpsPort)
                .contentType(ContentType.JSON).body(Map.of("RequestHeader", Map.of(), "CreateSessionRequestBody", body))
                .post("/v1/session/CreateSession").then().statusCode(200).extract().as(JsonBody.class);
        return session.getString("CreateSessionResult.Token");
    }

    private static String anImage(int httpPort, String token) {
        Map<String, Object> body = Map.of("Query", Map.of("SearchPhrase", "dog"), "Filter", Map.of("ImageFamilies", List.of("Creative")),
                "ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", 1));
        return given().baseUri("http://127.0.0.1").port(httpPort).contentType(ContentType.JSON)
                .body(Map.of("RequestHeader", Map.of("Token", token), "SearchForImagesRequestBody", body))
                .post("/v2/search/SearchForImages").then().statusCode(200).extract().as(JsonBody.class)
                .getString("SearchForImagesResult.Images[0].ImageId");
    }

    private static List<Object> headerIds(int httpPort, String token) {
        return post(httpPort, token, "GetLightboxHeaders", Map.of("ResultsViewOptions", Map.of("ItemStartNumber", 1, "ItemCount", 50)))
                .getList("GetLightboxHeadersResult.LightboxHeaders.LightboxId");
    }

    private static JsonBody post(int httpPort, String token, String operation, Map<String, ?> body) {
        JsonBody answer = given().baseUri("http://127.0.0.1").port(httpPort).contentType(ContentType.JSON)
                .body(Map.of("RequestHeader", Map.of("Token", token), operation + "RequestBody", body))
                .post("/v2/lightbox/" + operation).then().statusCode(200).extract().as(JsonBody.class);
        assertThat(answer.getString("ResponseHeader.Status")).as(operation).isIn("success", "warning");
        return answer;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
