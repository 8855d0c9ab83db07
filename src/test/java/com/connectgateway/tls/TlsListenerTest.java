package com.connectgateway.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The HTTPS listener: generated certificate, TLS 1.2/1.3 only, AEAD cipher suites only. */
@QuarkusTest
class TlsListenerTest {

    @Inject
    CertificateFingerprintReporter fingerprints;

    @Test
    void tls13Handshake() throws Exception {
        try (SSLSocket socket = connect("TLSv1.3", null)) {
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(socket.getSession().getCipherSuite()).contains("GCM");
        }
    }

    @Test
    void tls12WithAeadSuite() throws Exception {
        try (SSLSocket socket = connect("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")) {
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void tls12WithCbcSuiteIsRefused() {
        assertThatThrownBy(() -> connect("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256").close())
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void tls11IsRefusedByTheServer() throws Exception {
        // The JDK client itself no longer offers TLS 1.1, so ask OpenSSL, and check the refusal is
        // the server's protocol_version alert rather than a client-side limitation.
        Assumptions.assumeTrue(new java.io.File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        assertThat(openssl("-tls1_2")).contains("Cipher is ECDHE");
        assertThat(openssl("-tls1_1")).contains("alert protocol version").contains("Cipher is (NONE)");
    }

    @Test
    void servedCertificateIsTheGeneratedOneWhoseFingerprintIsReported() throws Exception {
        try (SSLSocket socket = connect("TLSv1.3", null)) {
            X509Certificate served = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded()));
            assertThat(fingerprints.fingerprint()).contains(fingerprint);
            assertThat(served.getSubjectX500Principal()).isEqualTo(served.getIssuerX500Principal());
            assertThat(served.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList())
                    .contains("localhost", "127.0.0.1");
            assertThat(served.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        }
    }

    private static SSLSocket connect(String protocol, String suite) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { new TrustEverything() }, new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", LegacyApi.httpsPort());
        socket.setSoTimeout(5000);
        socket.setEnabledProtocols(new String[] { protocol });
        if (suite != null) {
            socket.setEnabledCipherSuites(new String[] { suite });
        }
        socket.startHandshake();
        return socket;
    }

    private static String openssl(String protocolFlag) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("openssl", "s_client", protocolFlag, "-cipher", "DEFAULT:@SECLEVEL=0",
                "-connect", "127.0.0.1:" + LegacyApi.httpsPort()))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
