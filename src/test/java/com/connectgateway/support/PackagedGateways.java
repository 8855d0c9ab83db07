package com.connectgateway.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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

/**
 * Packaged jars started as processes for tests that need more than one application: one as the v3
 * upstream (its sandbox), others as gateways in front of it. Closing stops every one still running.
 */
public final class PackagedGateways implements AutoCloseable {

    private final List<Process> started = new ArrayList<>();

    /** A gateway's listeners. */
    public record Ports(int http, int https) {
        public static Ports free() {
            return new Ports(LocalPorts.free(), LocalPorts.free());
        }
    }

    /** Starts the jar in the demo profile as the upstream; its sandbox's base URL. */
    public String startUpstream(Path log) throws IOException {
        int sandboxPort = LocalPorts.free();
        start(log, List.of("-Dquarkus.profile=demo", "-Dquarkus.http.port=" + LocalPorts.free(),
                "-Dquarkus.http.ssl-port=" + LocalPorts.free(), "-Dgateway.sandbox.host=127.0.0.1",
                "-Dgateway.sandbox.port=" + sandboxPort));
        return "http://127.0.0.1:" + sandboxPort + "/sandbox";
    }

    /** The options of a gateway in front of the upstream sandbox, its own sandbox off (as bench/run.sh runs it). */
    public static List<String> gateway(String sandbox, Ports ports) {
        return List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + ports.http(),
                "-Dquarkus.http.ssl-port=" + ports.https(), "-Dgateway.upstream.api-url=" + sandbox,
                "-Dgateway.upstream.token-url=" + sandbox + "/oauth2/token", "-Dgateway.credentials.mode=pass-through",
                "-Dgateway.sandbox.enabled=false");
    }

    /** Starts the jar with these options and waits until it listens. */
    public Process start(Path log, List<String> options) throws IOException {
        Files.deleteIfExists(log);
        Process process = new ProcessBuilder(PackagedJar.command(options)).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        started.add(process);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(log).contains("Listening on") || !process.isAlive());
        assertThat(process.isAlive()).as("started; see " + log).isTrue();
        return process;
    }

    /** CreateSession for the sandbox user over HTTPS; the whole result member. */
    public static JsonBody userSession(Ports ports) {
        Map<String, Object> body = Map.of("SystemId", LegacyApi.SYSTEM_ID, "SystemPassword", LegacyApi.SYSTEM_PASSWORD,
                "UserName", LegacyApi.USER_NAME, "UserPassword", LegacyApi.USER_PASSWORD);
        return given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(ports.https())
                .contentType(ContentType.JSON).body(Map.of("RequestHeader", Map.of(), "CreateSessionRequestBody", body))
                .post("/v1/session/CreateSession").then().statusCode(200).extract().as(JsonBody.class);
    }

    /** A legacy call over plain HTTP with this token; the answer, whatever its status. */
    public static JsonBody call(Ports ports, String service, String token, String operation, Map<String, ?> body) {
        return send(given().baseUri("http://127.0.0.1").port(ports.http()), service, token, operation, body);
    }

    /** The same over HTTPS, for the operations that require it (the gateway's certificate is self-signed). */
    public static JsonBody secureCall(Ports ports, String service, String token, String operation, Map<String, ?> body) {
        return send(given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(ports.https()), service, token, operation, body);
    }

    private static JsonBody send(RequestSpecification transport, String service, String token, String operation, Map<String, ?> body) {
        return transport.contentType(ContentType.JSON)
                .body(Map.of("RequestHeader", Map.of("Token", token), operation + "RequestBody", body))
                .post("/v2/" + service + "/" + operation).then().statusCode(200).extract().as(JsonBody.class);
    }

    public static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
