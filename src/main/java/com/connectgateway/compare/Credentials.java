package com.connectgateway.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The credentials to open sessions on the gateway under test. Recordings redact them and recorded
 * values were for the retired service anyway, so a configured value replaces the recorded one in
 * every request body member of that name (CreateSession, CreateApplicationSession, RenewSession).
 * Sources: a properties file ({@code SystemId=...}) and, for what the file does not set, the
 * environment variables {@code CONNECT_SYSTEM_ID}, {@code CONNECT_SYSTEM_PASSWORD},
 * {@code CONNECT_USER_NAME}, {@code CONNECT_USER_PASSWORD}.
 */
public final class Credentials {

    static final Map<String, String> ENVIRONMENT_NAMES = Map.of("SystemId", "CONNECT_SYSTEM_ID", "SystemPassword",
            "CONNECT_SYSTEM_PASSWORD", "UserName", "CONNECT_USER_NAME", "UserPassword", "CONNECT_USER_PASSWORD");

    private final Map<String, String> values;

    Credentials(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Credentials load(Path file, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new CorpusException("Cannot read the credentials file " + file + ": " + e.getMessage(), e);
            }
            for (String name : ENVIRONMENT_NAMES.keySet()) {
                String value = properties.getProperty(name);
                if (value != null && !value.isBlank()) {
                    values.put(name, value.strip());
                }
            }
        }
        ENVIRONMENT_NAMES.forEach((name, variable) -> {
            String value = environment.get(variable);
            if (!values.containsKey(name) && value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        return new Credentials(values);
    }

    /** Replaces configured credential members anywhere in the body. */
    public void apply(JsonNode body) {
        if (body instanceof ObjectNode object) {
            for (Map.Entry<String, String> credential : values.entrySet()) {
                if (object.has(credential.getKey())) {
                    object.set(credential.getKey(), TextNode.valueOf(credential.getValue()));
                }
            }
        }
        if (body != null && body.isContainerNode()) {
            body.forEach(this::apply);
        }
    }

    /** The configured secrets, so the masker can hide them wherever they appear. */
    Collection<String> secrets() {
        return values.entrySet().stream().filter(entry -> entry.getKey().endsWith("Password")).map(Map.Entry::getValue).toList();
    }

    Collection<String> configuredNames() {
        return values.keySet();
    }
}
