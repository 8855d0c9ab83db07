package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v3 HTTP client on the wire, against a plain Vert.x server on 127.0.0.1: what the request
 * line and headers carry, how an answer body is assembled, and what it refuses.
 */
class V3HttpClientTest {

    private Vertx vertx;
    private HttpServer server;
    private final AtomicReference<Consumer<HttpServerRequest>> handler = new AtomicReference<>();
    private final AtomicReference<HttpServerRequest> received = new AtomicReference<>();
    private final AtomicReference<String> receivedBody = new AtomicReference<>();
    private final CompletableFuture<Void> requestArrived = new CompletableFuture<>();
    private final CompletableFuture<Void> connectionClosed = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().connectionHandler(connection -> connection.closeHandler(done -> connectionClosed.complete(null)))
                .requestHandler(request -> {
            received.set(request);
            requestArrived.complete(null);
            request.body().onSuccess(body -> {
                receivedBody.set(body.toString(StandardCharsets.UTF_8));
                handler.get().accept(request);
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private V3HttpClient client(String basePath) {
        return new V3HttpClient(vertx, URI.create("http://127.0.0.1:" + server.actualPort() + basePath), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 4);
    }

    private static V3HttpClient.Answer await(CompletableFuture<V3HttpClient.Answer> call) throws Exception {
        return call.get(5, TimeUnit.SECONDS);
    }

    @Test
    void requestLineKeepsTheBasePathAndEncodesQueryValues() throws Exception {
        handler.set(request -> request.response().end("{}"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("phrase", "red & blue+green é");
        query.put("fields", "id,title");
        query.put("absent", null);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Api-Key", "key");
        headers.put("Authorization", null);
        V3HttpClient.Answer answer = await(client("/sandbox/").send(HttpMethod.GET, "search/images", query, headers, null));
        assertThat(answer.status()).isEqualTo(200);
        HttpServerRequest request = received.get();
        assertThat(request.uri()).isEqualTo("/sandbox/v3/search/images?phrase=red%20%26%20blue%2Bgreen%20%C3%A9&fields=id,title");
        assertThat(request.getHeader("Api-Key")).isEqualTo("key");
        assertThat(request.headers().contains("Authorization")).isFalse();
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.headers().contains("Content-Type")).isFalse();
    }

    @Test
    void aBodyIsSentAsJsonAndErrorHeadersComeBack() throws Exception {
        handler.set(request -> request.response().setStatusCode(429).putHeader("Retry-After", "3")
                .putHeader("X-Error-Detail", "Account Over Queries Per Second Limit").end());
        V3HttpClient.Answer answer = await(client("").send(HttpMethod.POST, "boards", Map.of(), Map.of(), "{\"name\":\"x\"}"));
        assertThat(received.get().getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(receivedBody.get()).isEqualTo("{\"name\":\"x\"}");
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.retryAfter()).isEqualTo("3");
        assertThat(answer.errorDetail()).startsWith("Account Over");
    }

    @Test
    void aChunkedAnswerIsAssembledInOrder() throws Exception {
        StringBuilder expected = new StringBuilder();
        handler.set(request -> {
            var response = request.response().setChunked(true);
            for (int i = 0; i < 300; i++) {
                String chunk = "chunk-" + i + "-" + "x".repeat(200) + ";";
                expected.append(chunk);
                response.write(chunk);
            }
            response.end();
        });
        V3HttpClient.Answer answer = await(client("").send(HttpMethod.GET, "images", Map.of(), Map.of(), null));
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void anAnnouncedLengthAboveTheLimitIsRefusedWithoutReadingIt() {
        handler.set(request -> request.response().putHeader("Content-Length", String.valueOf(V3HttpClient.MAX_ANSWER_BYTES + 1))
                .write(Buffer.buffer("{")));
        assertThatThrownBy(() -> await(client("").send(HttpMethod.GET, "images", Map.of(), Map.of(), null)))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(V3HttpClient.AnswerTooLarge.class);
    }

    @Test
    void aChunkedAnswerThatGrowsPastTheLimitIsCutOff() {
        Buffer megabyte = Buffer.buffer(new byte[1024 * 1024]);
        handler.set(request -> {
            var response = request.response().setChunked(true);
            writeMegabytes(response, megabyte, V3HttpClient.MAX_ANSWER_BYTES / megabyte.length() + 2);
        });
        assertThatThrownBy(() -> await(client("").send(HttpMethod.GET, "images", Map.of(), Map.of(), null)))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(V3HttpClient.AnswerTooLarge.class);
    }

    /** Writes as the socket drains, so the server does not buffer the whole body first. */
    private static void writeMegabytes(io.vertx.core.http.HttpServerResponse response, Buffer megabyte, int left) {
        if (left == 0) {
            response.end();
            return;
        }
        response.write(megabyte).onSuccess(done -> writeMegabytes(response, megabyte, left - 1));
    }

    @Test
    void cancellingACallResetsItsRequest() throws Exception {
        handler.set(request -> { }); // never answers
        CompletableFuture<V3HttpClient.Answer> call = client("").send(HttpMethod.GET, "images", Map.of(), Map.of(), null);
        requestArrived.get(5, TimeUnit.SECONDS);
        long cancelled = System.nanoTime();
        call.cancel(false);
        connectionClosed.get(5, TimeUnit.SECONDS);
        // Closed at once, not when the 2 s read timeout would have fired.
        assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofMillis(1500));
    }
}
