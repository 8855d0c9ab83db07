package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer refuses before any resource runs. Where Quarkus hands the refusal to a
 * failure handler, legacy paths get a legacy envelope and no path shows Quarkus's
 * {@code "Error id"} / {@code "stack"} body; what the HTTP codec answers itself stays a bare status.
 */
@QuarkusTest
class HttpLayerRefusalsTest {

    private static RawExchange.Received exchange(String request) throws Exception {
        try (RawExchange raw = RawExchange.open(LegacyApi.httpPort())) {
            return raw.send(request).receive(3000);
        }
    }

    private static void assertLegacyInvalidRequest(RawExchange.Received answer) {
        assertThat(answer.head()).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: application/json");
        assertThat(answer.body()).startsWith("{\"ResponseHeader\":{\"Status\":\"error\",\"StatusList\":[{\"Type\":\"Error\","
                + "\"Code\":\"InvalidRequest\"").contains("\"CoordinationId\":null");
        assertNoQuarkusErrorBody(answer);
    }

    private static void assertNoQuarkusErrorBody(RawExchange.Received answer) {
        assertThat(answer.text()).doesNotContain("Error id").doesNotContain("\"stack\"").doesNotContain("details");
    }

    @Test
    void missingHostHeaderOnALegacyPathGetsAnEnvelope() throws Exception {
        assertLegacyInvalidRequest(exchange("POST /v1/session/CreateSession HTTP/1.1\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}"));
    }

    @Test
    void missingHostHeaderElsewhereIsABareStatus() throws Exception {
        RawExchange.Received answer = exchange("POST /oauth2/token HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(answer.head()).startsWith("HTTP/1.1 400");
        assertThat(answer.body()).isEmpty();
        assertNoQuarkusErrorBody(answer);
    }

    @Test
    void failingRouteOnALegacyPathIsASystemError() throws Exception {
        RawExchange.Received answer = exchange("POST " + FailingProbeRoutes.LEGACY + " HTTP/1.1\r\nHost: gateway\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(answer.head()).startsWith("HTTP/1.1 200");
        assertThat(answer.body()).contains("\"Code\":\"SystemError\"", "Correlation id: ").doesNotContain("probe");
        assertNoQuarkusErrorBody(answer);
    }

    @Test
    void failingRouteElsewhereIsABare500() throws Exception {
        RawExchange.Received answer = exchange("GET " + FailingProbeRoutes.OTHER + " HTTP/1.1\r\nHost: gateway\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n");
        assertThat(answer.head()).startsWith("HTTP/1.1 500");
        assertThat(answer.body()).isEmpty();
        assertNoQuarkusErrorBody(answer);
    }

    @Test
    void http10WithoutHostIsServed() throws Exception {
        RawExchange.Received answer = exchange("POST /v1/session/Unknown HTTP/1.0\r\nContent-Length: 20\r\n\r\n{\"RequestHeader\":{}}");
        assertThat(answer.head()).startsWith("HTTP/1.0 200");
        assertThat(answer.body()).contains("Unknown operation");
    }

    /** Refused before the router (HTTP codec, Quarkus's URI check): a bare status, never a Quarkus error body. */
    @Test
    void refusalsBeforeTheRouterStayBare() throws Exception {
        String longUri = "POST /v1/session/" + "x".repeat(5000) + " HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\n\r\n{}";
        String bigHeader = "POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\nX-Big: " + "y".repeat(30_000)
                + "\r\nContent-Length: 2\r\n\r\n{}";
        String badLength = "POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\nContent-Length: abc\r\n\r\n{}";
        assertBare(exchange(longUri), "414");
        assertBare(exchange(bigHeader), "431");
        assertBare(exchange(badLength), "400");
        RawExchange.Received badUri = exchange("POST /v2/session/Create%zzSession HTTP/1.1\r\nHost: gateway\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertBare(badUri, "400");
    }

    private static void assertBare(RawExchange.Received answer, String status) {
        assertThat(answer.head()).matches("HTTP/1\\.[01] " + status + "(?s).*").containsIgnoringCase("content-length: 0");
        assertThat(answer.body()).isEmpty();
        assertThat(answer.end()).isIn(RawExchange.End.CLOSED, RawExchange.End.RESET);
    }
}
