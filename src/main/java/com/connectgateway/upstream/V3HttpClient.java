package com.connectgateway.upstream;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP exchanges with v3 on one pooled Vert.x client. Straight on Vert.x rather than a REST
 * client because the answer is all {@link V3Api} needs and a REST client copied it four times on
 * the way (issue 11): here the body goes once from the socket's chunks into an array of the
 * announced Content-Length, which Jackson parses as it is. Cancelling the returned future resets
 * the request, so a connection given up on goes back to the pool at once.
 */
final class V3HttpClient {

    static final String ERROR_DETAIL = "X-Error-Detail";
    static final String RETRY_AFTER = "Retry-After";
    /** Far above any v3 answer (a 100-image page with every field is a few hundred KB): beyond it the answer is refused. */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    /** Status, body and the two headers the failure rules read. */
    record Answer(int status, byte[] body, String errorDetail, String retryAfter) {
    }

    /** An answer body larger than {@link #MAX_ANSWER_BYTES}. */
    static final class AnswerTooLarge extends RuntimeException {
        AnswerTooLarge() {
            super("v3 answer above " + MAX_ANSWER_BYTES + " bytes", null, false, false);
        }
    }

    private final HttpClient http;
    private final String basePath;
    private final long readTimeoutMillis;

    /**
     * @param base the v3 base URL; its path (e.g. {@code /sandbox}) prefixes every {@code /v3/...} path
     * @param readTimeout longest silence while an answer is awaited or read (a backstop below the per-call timeouts)
     * @param poolSize connections to the upstream host
     */
    V3HttpClient(Vertx vertx, URI base, Duration connectTimeout, Duration readTimeout, int poolSize) {
        boolean https = "https".equalsIgnoreCase(base.getScheme());
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort() > 0 ? base.getPort() : https ? 443 : 80)
                .setSsl(https)
                .setVerifyHost(true)
                .setForceSni(https)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .setKeepAlive(true);
        this.http = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(poolSize));
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.readTimeoutMillis = readTimeout.toMillis();
    }

    /**
     * Sends one request for {@code /v3/{encodedPath}?{query}} with the given headers (null values
     * left out) and JSON body (null: none).
     */
    CompletableFuture<Answer> send(HttpMethod method, String encodedPath, Map<String, String> query,
            Map<String, String> headers, String jsonBody) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setURI(uri(encodedPath, query))
                .setHeaders(headers(headers, jsonBody != null))
                .setIdleTimeout(readTimeoutMillis);
        http.request(options).onComplete(created -> {
            if (created.failed()) {
                answer.completeExceptionally(created.cause());
                return;
            }
            HttpClientRequest request = created.result();
            // Given up on (timeout, deadline): reset, so the connection is not kept busy by an answer nobody reads.
            answer.whenComplete((done, failure) -> {
                if (failure instanceof CancellationException) {
                    request.reset();
                }
            });
            request.response().onSuccess(response -> read(response, request, answer)).onFailure(answer::completeExceptionally);
            (jsonBody == null ? request.end() : request.end(Buffer.buffer(jsonBody))).onFailure(answer::completeExceptionally);
        });
        return answer;
    }

    private static void read(HttpClientResponse response, HttpClientRequest request, CompletableFuture<Answer> answer) {
        response.exceptionHandler(answer::completeExceptionally);
        AnswerBody body;
        try {
            body = new AnswerBody(response.getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (AnswerTooLarge tooLarge) {
            refuse(request, answer);
            return;
        }
        response.handler(chunk -> {
            if (!answer.isDone() && !body.append(chunk)) {
                refuse(request, answer);
            }
        });
        response.endHandler(end -> answer.complete(new Answer(response.statusCode(), body.bytes(),
                response.getHeader(ERROR_DETAIL), response.getHeader(RETRY_AFTER))));
    }

    /** Fails the call first (the reset fails the response too, with a less telling cause), then drops the connection. */
    private static void refuse(HttpClientRequest request, CompletableFuture<Answer> answer) {
        answer.completeExceptionally(new AnswerTooLarge());
        request.reset();
    }

    private String uri(String encodedPath, Map<String, String> query) {
        StringBuilder uri = new StringBuilder(basePath.length() + encodedPath.length() + 256).append(basePath).append("/v3/")
                .append(encodedPath);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            uri.append(separator);
            separator = '&';
            V3Path.encodeQueryPart(parameter.getKey(), uri);
            uri.append('=');
            V3Path.encodeQueryPart(parameter.getValue(), uri);
        }
        return uri.toString();
    }

    private static MultiMap headers(Map<String, String> values, boolean withBody) {
        MultiMap headers = HttpHeaders.headers().set(HttpHeaders.ACCEPT, "application/json");
        if (withBody) {
            headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        values.forEach((name, value) -> {
            if (value != null) {
                headers.set(name, value);
            }
        });
        return headers;
    }

    /** The body's bytes, in one array of the announced length when there is one (else grown by doubling). */
    private static final class AnswerBody {

        private byte[] bytes;
        private int length;

        AnswerBody(String contentLength) {
            int announced = announced(contentLength);
            this.bytes = new byte[announced >= 0 ? announced : 16 * 1024];
        }

        private static int announced(String contentLength) {
            if (contentLength == null) {
                return -1;
            }
            try {
                long value = Long.parseLong(contentLength.trim());
                if (value > MAX_ANSWER_BYTES) {
                    throw new AnswerTooLarge();
                }
                return value < 0 ? -1 : (int) value;
            } catch (NumberFormatException unreadable) {
                return -1; // the codec would have refused a malformed length; read what comes
            }
        }

        /** False when the body would pass {@link #MAX_ANSWER_BYTES}. */
        boolean append(Buffer chunk) {
            int size = chunk.length();
            if ((long) length + size > MAX_ANSWER_BYTES) {
                return false;
            }
            if (length + size > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(MAX_ANSWER_BYTES, Math.max(length + size, bytes.length * 2)));
            }
            chunk.getBytes(0, size, bytes, length);
            length += size;
            return true;
        }

        byte[] bytes() {
            return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
    }
}
