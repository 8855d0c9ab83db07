package com.connectgateway.compare;

import com.connectgateway.wire.SecretMembers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

/**
 * Keeps passwords and tokens out of the report and the console. Every value of a secret member
 * (Token, SecureToken, DownloadToken, SystemPassword, UserPassword, OAuth2 passwords and secrets)
 * and of an Authorization header, seen in the corpus or in a replay, is collected; any text
 * written out has each of them replaced by {@value #MASK}. Download links (UrlAttachment) are
 * masked whole, since the link itself grants the file, and so are URL query strings anywhere,
 * where signed links carry their credentials.
 */
public final class SecretMasker {

    public static final String MASK = "***";

    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s\"'<>?#]+)\\?[^\\s\"'<>#]*");
    /** Shorter values would mask ordinary words; real tokens and passwords are longer. */
    private static final int SHORTEST_SECRET = 4;

    private final Set<String> secrets = new ConcurrentSkipListSet<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    public void addSecret(String value) {
        if (value != null && value.length() >= SHORTEST_SECRET) {
            secrets.add(value);
        }
    }

    public void addSecrets(Iterable<String> values) {
        values.forEach(this::addSecret);
    }

    /** Collects the values of secret members anywhere in a JSON document. */
    public void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (isSecretMember(field.getKey()) && field.getValue().isTextual()) {
                    addSecret(field.getValue().asText());
                }
                collect(field.getValue());
            });
        } else if (node.isArray()) {
            node.forEach(this::collect);
        }
    }

    public void collectHeaders(Map<String, String> headers) {
        headers.forEach((name, value) -> {
            if (isSecretMember(name) && value != null) {
                addSecret(value);
                for (String word : value.split("\\s+")) {
                    addSecret(word);
                }
            }
        });
    }

    /** Form bodies (the {@code /oauth2/token} pass-through) carry passwords as parameters. */
    public void collectForm(String body) {
        if (body == null || body.strip().startsWith("{")) {
            return;
        }
        for (String parameter : body.split("&")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && isSecretMember(URLDecoder.decode(pair[0], StandardCharsets.UTF_8))) {
                addSecret(pair[1]);
                addSecret(URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
            }
        }
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return URL_QUERY.matcher(masked).replaceAll("$1?" + MASK);
    }

    /** A value shown for a path: wholly masked when the path names a secret member. */
    public String maskAt(String path, String value) {
        if (value == null) {
            return null;
        }
        List<String> names = PathGlob.segmentsOf(path);
        if (!names.isEmpty() && isSecretMember(names.get(names.size() - 1)) && !value.equals("null")) {
            return MASK;
        }
        return mask(value);
    }

    static boolean isSecretMember(String name) {
        return SecretMembers.isSecret(name);
    }
}
