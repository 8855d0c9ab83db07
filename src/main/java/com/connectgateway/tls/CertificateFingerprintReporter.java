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

/**
 * Logs at start which HTTPS certificate is served (generated here or configured) and its SHA-256
 * fingerprint, so clients can pin or verify it. The fingerprint is read from the TLS configuration
 * the HTTP server uses: the one named by {@code quarkus.http.tls-configuration-name}, else the default.
 */
@ApplicationScoped
public class CertificateFingerprintReporter {

    private static final Logger LOG = Logger.getLogger(CertificateFingerprintReporter.class);

    private final TlsConfigurationRegistry registry;
    private final boolean generated;
    private final Optional<String> configurationName;
    private final boolean legacyHttpSsl;

    CertificateFingerprintReporter(TlsConfigurationRegistry registry,
            @ConfigProperty(name = SelfSignedCertificateSource.GENERATED_MARKER, defaultValue = "false") boolean generated,
            @ConfigProperty(name = "quarkus.http.tls-configuration-name") Optional<String> configurationName,
            @ConfigProperty(name = "quarkus.http.ssl.certificate.key-store-file") Optional<String> legacyKeyStore,
            @ConfigProperty(name = "quarkus.http.ssl.certificate.files") Optional<String> legacyCertificates) {
        this.registry = registry;
        this.generated = generated;
        this.configurationName = configurationName;
        this.legacyHttpSsl = legacyKeyStore.isPresent() || legacyCertificates.isPresent();
    }

    void report(@Observes StartupEvent event) {
        LOG.info(startupLine());
    }

    /** What the start-up log says about the served certificate. */
    String startupLine() {
        Optional<String> print = fingerprint();
        if (print.isPresent()) {
            return "HTTPS certificate (" + origin() + ") SHA-256 fingerprint: " + print.get();
        }
        if (legacyHttpSsl) {
            return "HTTPS certificate (configured with quarkus.http.ssl.certificate.*); its fingerprint is not read here";
        }
        return "No HTTPS key store configured: HTTPS is off";
    }

    private String origin() {
        if (generated) {
            return "self-signed, generated at start";
        }
        return configurationName.map(name -> "configured, TLS configuration '" + name + "'").orElse("configured");
    }

    /** Colon-separated upper-case hex of the first certificate in the served key store. */
    public Optional<String> fingerprint() {
        try {
            Optional<TlsConfiguration> served = configurationName.isPresent()
                    ? registry.get(configurationName.get()) : registry.getDefault();
            Optional<KeyStore> store = served.map(TlsConfiguration::getKeyStore);
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
