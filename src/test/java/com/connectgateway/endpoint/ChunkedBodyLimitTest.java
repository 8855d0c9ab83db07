package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * gateway.legacy.max-body-size (1 MiB) holds while a chunked body is read, not only once it has
 * all arrived: the client gets the legacy 413 while its upload is still unfinished.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final String HEAD = "POST /v1/session/CreateSession HTTP/1.1\r\nHost: gateway\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    private static final int CHUNK = 64 * 1024;

    @Test
    void oversizedChunkedBodyIsRefusedBeforeItEnds() throws Exception {
        byte[] spaces = new byte[CHUNK];
        Arrays.fill(spaces, (byte) ' ');
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send(HEAD).chunk("{\"RequestHeader\":{}}".getBytes());
            // 1.5 MiB, and no final chunk: the body never ends, so only a refusal while reading answers it.
            for (int i = 0; i < 24; i++) {
                exchange.chunk(spaces);
            }
            RawExchange.Received answer = exchange.receive(5000);
            assertThat(answer.head()).startsWith("HTTP/1.1 413");
            assertThat(answer.body()).startsWith("{\"ResponseHeader\":{\"Status\":\"error\"")
                    .contains("\"Code\":\"InvalidRequest\"", "larger than 1048576 bytes");
            // Then the connection ends, after a short drain, although the client never finished.
            assertThat(answer.end()).isIn(RawExchange.End.CLOSED, RawExchange.End.RESET);
        }
    }

    @Test
    void chunkedBodyUnderTheLimitIsParsed() throws Exception {
        byte[] padding = new byte[200 * 1024]; // well past the in-memory buffer of the REST layer
        Arrays.fill(padding, (byte) ' ');
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send(HEAD.replace("CreateSession", "Unknown").replace("Host: gateway\r\n", "Host: gateway\r\nConnection: close\r\n"))
                    .chunk("{\"RequestHeader\":{\"CoordinationId\":\"c\"}}".getBytes()).chunk(padding).send("0\r\n\r\n");
            RawExchange.Received answer = exchange.receive(5000);
            assertThat(answer.head()).startsWith("HTTP/1.1 200");
            assertThat(answer.text()).contains("Unknown operation", "\"CoordinationId\":\"c\"");
        }
    }
}
