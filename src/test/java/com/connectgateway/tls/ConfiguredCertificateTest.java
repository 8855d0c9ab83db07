package com.connectgateway.tls;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.support.profiles.OperatorOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A certificate the operator configured through a named TLS configuration is served as is, no
 * certificate is generated, and the start-up line says "configured" with the served fingerprint.
 */
@QuarkusTest
@TestProfile(OperatorOptions.class)
class ConfiguredCertificateTest {

    @Inject
    CertificateFingerprintReporter reporter;

    @ConfigProperty(name = "quarkus.tls.operator.key-store.p12.path")
    String storePath;

    @Test
    void startupLineNamesTheConfiguredCertificate() throws Exception {
        assertThat(reporter.startupLine())
                .contains("configured, TLS configuration 'operator'")
                .doesNotContain("generated")
                .endsWith(fingerprintOf(Path.of(storePath)));
    }

    private static String fingerprintOf(Path file) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, OperatorOptions.KEY_STORE_PASSWORD.toCharArray());
        }
        String alias = Collections.list(keyStore.aliases()).get(0);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyStore.getCertificate(alias).getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
