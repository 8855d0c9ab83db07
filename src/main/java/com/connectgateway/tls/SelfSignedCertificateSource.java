package com.connectgateway.tls;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * When no key store is configured for HTTPS, generates a self-signed certificate at start and
 * points the default TLS configuration at it, so HTTPS works out of the box. Any certificate the
 * operator configured wins: the default TLS configuration's {@code quarkus.tls.key-store.*}, a named
 * one chosen with {@code quarkus.http.tls-configuration-name}, or the older
 * {@code quarkus.http.ssl.certificate.*}. {@code gateway.tls.self-signed=false} turns this off.
 */
public class SelfSignedCertificateSource implements ConfigSourceFactory {

    /** Set when the served certificate was generated here, so the start-up log can say so. */
    public static final String GENERATED_MARKER = "gateway.tls.generated";
    /** Above the defaults Quarkus records at build time, below every user-supplied source. */
    private static final int ORDINAL = 200;
    private static final String BUILD_TIME_READER = "io.quarkus.deployment.configuration.BuildTimeConfigurationReader";
    /** Property prefixes (and their environment-variable forms) that mean "the operator set a certificate". */
    private static final List<String> CERTIFICATE_PREFIXES = List.of(
            "quarkus.tls.key-store.", "quarkus.http.ssl.certificate.", "quarkus.http.tls-configuration-name");
    private static final List<String> CERTIFICATE_ENV_PREFIXES = List.of(
            "QUARKUS_TLS_KEY_STORE_", "QUARKUS_HTTP_SSL_CERTIFICATE_", "QUARKUS_HTTP_TLS_CONFIGURATION_NAME");

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (duringBuild()) {
            return List.of();
        }
        ConfigValue enabled = context.getValue("gateway.tls.self-signed");
        if (enabled != null && "false".equalsIgnoreCase(enabled.getValue())) {
            return List.of();
        }
        if (keyStoreConfigured(context)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(generate(), "connect-gateway-self-signed-tls", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean keyStoreConfigured(ConfigSourceContext context) {
        Iterator<String> names = context.iterateNames();
        while (names.hasNext()) {
            String name = names.next();
            if (CERTIFICATE_PREFIXES.stream().anyMatch(name::startsWith) && setByUser(context.getValue(name))) {
                return true;
            }
        }
        return System.getenv().keySet().stream().anyMatch(name -> CERTIFICATE_ENV_PREFIXES.stream().anyMatch(name::startsWith));
    }

    /**
     * Quarkus also reads configuration while building the application and records runtime values it
     * sees as defaults of the package; a certificate generated then would be baked in (path,
     * password) and clash with the operator's own key store. So generate only at run time.
     */
    private static boolean duringBuild() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().startsWith(BUILD_TIME_READER)));
    }

    /** Defaults (such as {@code key-store.sni=false}) and values recorded at build time do not count. */
    private static boolean setByUser(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > ORDINAL;
    }

    private static Map<String, String> generate() {
        try {
            char[] password = randomPassword();
            KeyStore keyStore = SelfSignedCertificates.keyStore(password);
            Path directory = Files.createTempDirectory("connect-gateway-tls");
            Path file = directory.resolve("self-signed.p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                keyStore.store(out, password);
            }
            restrictToOwner(file);
            // Deleted in reverse order of registration: the file first, then its directory.
            directory.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Map<String, String> properties = new HashMap<>();
            properties.put("quarkus.tls.key-store.p12.path", file.toString());
            properties.put("quarkus.tls.key-store.p12.password", new String(password));
            properties.put(GENERATED_MARKER, "true");
            return properties;
        } catch (Exception e) {
            throw new IllegalStateException("Could not generate the self-signed HTTPS certificate", e);
        }
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // Not a POSIX file system: the temp directory's own protection has to do.
        }
    }
}
