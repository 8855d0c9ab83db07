package com.connectgateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The HTTPS listener refuses a TLS 1.2 renegotiation the client starts. */
@QuarkusTest
class ClientRenegotiationTest {

    @Test
    void clientInitiatedRenegotiationIsRefused() throws Exception {
        assertThat(TlsRenegotiationProbe.renegotiate(LegacyApi.httpsPort()))
                .isEqualTo(TlsRenegotiationProbe.Outcome.REFUSED);
    }
}
