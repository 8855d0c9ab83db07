package com.connectgateway.tls;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Logs the SHA-256 fingerprint of the HTTPS certificate at start, so clients can pin or verify it. */
@ApplicationScoped
public class CertificateFingerprintReporter {

    private static final Logger LOG = Logger.getLogger(CertificateFingerprintReporter.class);

    private final TlsConfigurationRegistry registry;
    private final boolean generated;

    CertificateFingerprintReporter(TlsConfigurationRegistry registry,
            @ConfigProperty(name = SelfSignedCertificateSource.GENERATED_MARKER, defaultValue = "false") boolean generated) {
        this.registry = registry;
        this.generated = generated;
    }

    void report(@Observes StartupEvent event) {
        fingerprint().ifPresentOrElse(
                print -> LOG.infof("HTTPS certificate (%s) SHA-256 fingerprint: %s",
                        generated ? "self-signed, generated at start" : "configured", print),
                () -> LOG.info("No HTTPS key store configured: HTTPS is off"));
    }

    /** Colon-separated upper-case hex of the first certificate in the default key store. */
    public Optional<String> fingerprint() {
        try {
            Optional<KeyStore> store = registry.getDefault().map(TlsConfiguration::getKeyStore);
            if (store.isEmpty()) {
                return Optional.empty();
            }
            for (String alias : Collections.list(store.get().aliases())) {
                Certificate certificate = store.get().getCertificate(alias);
                if (certificate != null) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
                    return Optional.of(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            LOG.warnf("Could not read the HTTPS certificate: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
