package com.connectgateway;

import static com.connectgateway.support.JsonBody.at;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LocalPorts;
import com.connectgateway.support.PackagedJar;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM with requests in flight, on the packaged jar started here as a child process with the
 * shipped configuration (so its own grace period, quarkus.shutdown.timeout): every request in flight,
 * a CreateDownloadRequest whose v3 download has started among them, gets its complete legacy answer,
 * and the process then exits. The sandbox holds each v3 call for a while so the requests are still
 * running when the signal comes.
 */
class PackagedShutdownIT {

    private static final Path LOG = Path.of("target", "packaged-shutdown-it.log");
    private static final long UPSTREAM_DELAY_MILLIS = 2000;
    private static final int SEARCHES = 4;

    private Process gateway;
    private int httpPort;
    private int httpsPort;
    private int sandboxPort;
    private ExecutorService clients;

    @BeforeEach
    void start() throws Exception {
        assertThat(PackagedJar.JAR).as("the packaged jar (./mvnw package)").exists();
        httpPort = LocalPorts.free();
        httpsPort = LocalPorts.free();
        sandboxPort = LocalPorts.free();
        // The README's demo start: the shipped configuration plus the sandbox opt-in.
        gateway = new ProcessBuilder(PackagedJar.command(List.of("-Dquarkus.profile=demo", "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.http.ssl-port=" + httpsPort, "-Dgateway.sandbox.port=" + sandboxPort)))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile())
                .start();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> log().contains("Listening on") || !gateway.isAlive());
        assertThat(gateway.isAlive()).as("gateway started; see " + LOG).isTrue();
        clients = Executors.newFixedThreadPool(SEARCHES + 2);
    }

    @AfterEach
    void stop() throws Exception {
        clients.shutdownNow();
        if (gateway.isAlive()) {
            gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigtermAnswersEveryRequestInFlightThenExits() throws Exception {
        Map<String, Object> session = post(https(), "/v1/session/CreateSession", envelope(null, "CreateSessionRequestBody",
                Map.of("SystemId", "sandbox-system", "SystemPassword", "sandbox-secret",
                        "UserName", "sandbox-user", "UserPassword", "sandbox-password")))
                .getMap("CreateSessionResult");
        String token = (String) session.get("Token");
        String downloadToken = downloadTokenOfADownloadableImage(token);

        faults(List.of(Map.of("path", "/sandbox/v3/search/images", "delayMillis", UPSTREAM_DELAY_MILLIS),
                Map.of("path", "/sandbox/v3/downloads/", "delayMillis", UPSTREAM_DELAY_MILLIS)));
        given().port(sandboxPort).delete("/sandbox/control/hits").then().statusCode(200);

        List<Future<Response>> searches = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            searches.add(clients.submit(() -> http().body(envelope(token, "SearchForImagesRequestBody", searchBody(5)))
                    .post("/v2/search/SearchForImages")));
        }
        Future<Response> download = clients.submit(() -> https().body(envelope((String) session.get("SecureToken"),
                "CreateDownloadRequestBody", Map.of("DownloadItems", List.of(Map.of("DownloadToken", downloadToken)))))
                .post("/v1/download/CreateDownloadRequest"));
        // Every request has reached v3 (the sandbox records a call before holding it).
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().port(sandboxPort).queryParam("path", "/sandbox/v3/").get("/sandbox/control/hits")
                        .then().extract().as(JsonBody.class).getList("$").size() >= SEARCHES + 1);

        gateway.destroy(); // SIGTERM
        // While it drains, a new request is still answered, and told to close its connection.
        Future<Response> late = clients.submit(() -> {
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> log().contains("Waiting for HTTP requests to complete"));
            return http().header("Connection", "keep-alive").body(envelope(null, null, null)).post("/v1/session/Unknown");
        });

        for (Future<Response> search : searches) {
            JsonBody answer = completeLegacyAnswer(search.get(20, TimeUnit.SECONDS));
            assertThat(answer.getString("ResponseHeader.Status")).isEqualTo("success");
            assertThat(answer.getList("SearchForImagesResult.Images")).hasSize(5);
        }
        JsonBody downloaded = completeLegacyAnswer(download.get(20, TimeUnit.SECONDS));
        assertThat(downloaded.getString("ResponseHeader.Status")).isEqualTo("success");
        assertThat(downloaded.getString("CreateDownloadRequestResult.DownloadUrls[0].Status")).isEqualTo("Success");
        assertThat(downloaded.getString("CreateDownloadRequestResult.DownloadUrls[0].UrlAttachment")).startsWith("http");
        Response lateAnswer = late.get(20, TimeUnit.SECONDS);
        assertThat(lateAnswer.statusCode()).isEqualTo(200);
        assertThat(lateAnswer.header("Connection")).isEqualToIgnoringCase("close");

        assertThat(gateway.waitFor(30, TimeUnit.SECONDS)).as("the gateway exited after SIGTERM; see " + LOG).isTrue();
    }

    private static JsonBody completeLegacyAnswer(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asString()).startsWith("{\"ResponseHeader\":{\"Status\":");
        return response.as(JsonBody.class);
    }

    private String downloadTokenOfADownloadableImage(String token) {
        List<Map<String, Object>> images = post(http(), "/v2/search/SearchForImages",
                envelope(token, "SearchForImagesRequestBody", searchBody(75))).getList("SearchForImagesResult.Images");
        @SuppressWarnings("unchecked")
        String imageId = images.stream()
                .filter(image -> !((List<String>) image.get("ApplicableProductOfferings")).isEmpty()
                        && ((List<String>) image.get("AuthorizationConstraints")).isEmpty())
                .map(image -> (String) image.get("ImageId"))
                .findFirst().orElseThrow();
        return post(http(), "/v1/download/GetLargestImageDownloadAuthorizations",
                envelope(token, "GetLargestImageDownloadAuthorizationsRequestBody", Map.of("Images", List.of(Map.of("ImageId", imageId)))))
                .getString("GetLargestImageDownloadAuthorizationsResult.Images[0].Authorizations[0].DownloadToken");
    }

    private static Map<String, Object> searchBody(int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Query", Map.of());
        body.put("Filter", Map.of("ImageFamilies", List.of("Creative")));
        body.put("ResultOptions", Map.of("ItemStartNumber", 1, "ItemCount", count));
        return body;
    }

    private static Map<String, Object> envelope(String token, String bodyName, Map<String, ?> body) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Token", token);
        header.put("CoordinationId", "shutdown");
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("RequestHeader", header);
        if (bodyName != null) {
            envelope.put(bodyName, body);
        }
        return envelope;
    }

    private static JsonBody post(RequestSpecification transport, String path, Object body) {
        return transport.body(body).post(path).then().statusCode(200).body(at("ResponseHeader.Status", org.hamcrest.Matchers.equalTo("success")))
                .extract().as(JsonBody.class);
    }

    private void faults(List<Map<String, Object>> rules) {
        given().port(sandboxPort).contentType(ContentType.JSON).body(Map.of("rules", rules))
                .put("/sandbox/control/faults").then().statusCode(200);
    }

    private RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(httpPort).contentType(ContentType.JSON);
    }

    private RequestSpecification https() {
        return given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(httpsPort).contentType(ContentType.JSON);
    }

    private static String log() throws IOException {
        return Files.exists(LOG) ? Files.readString(LOG, StandardCharsets.UTF_8) : "";
    }
}
