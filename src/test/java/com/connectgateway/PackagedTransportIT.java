package com.connectgateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.endpoint.RawExchange;
import com.connectgateway.support.LegacyApi;
import com.connectgateway.tls.TlsRenegotiationProbe;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The transport hardening as the packaged jar has it (started through its own main, as in
 * production): TLS renegotiation, the body limit for chunked uploads, HTTP-layer refusals.
 */
@QuarkusIntegrationTest
class PackagedTransportIT {

    @Test
    void tls12ClientRenegotiationIsRefused() throws Exception {
        assertThat(TlsRenegotiationProbe.renegotiate(LegacyApi.httpsPort())).isEqualTo(TlsRenegotiationProbe.Outcome.REFUSED);
    }

    @Test
    void oversizedChunkedUploadIsRefusedWhileItIsSent() throws Exception {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            exchange.send("POST /v2/search/SearchForImages HTTP/1.1\r\nHost: gateway\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 20; i++) { // 1.25 MiB and no end
                exchange.chunk(spaces);
            }
            RawExchange.Received answer = exchange.receive(5000);
            assertThat(answer.head()).startsWith("HTTP/1.1 413");
            assertThat(answer.body()).contains("\"Code\":\"InvalidRequest\"", "larger than 1048576 bytes");
        }
    }

    @Test
    void requestWithoutHostGetsAnEnvelope() throws Exception {
        try (RawExchange exchange = RawExchange.open(LegacyApi.httpPort())) {
            RawExchange.Received answer = exchange.send("POST /v1/session/CreateSession HTTP/1.1\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\n{}").receive(3000);
            assertThat(answer.head()).startsWith("HTTP/1.1 200");
            assertThat(answer.body()).contains("\"Code\":\"InvalidRequest\"").doesNotContain("Error id");
        }
    }
}
