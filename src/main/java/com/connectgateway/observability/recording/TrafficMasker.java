package com.connectgateway.observability.recording;

import com.connectgateway.wire.SecretMembers;
import com.connectgateway.wire.UrlSafeBase64;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Takes the secrets out of a recorded legacy body, in place. Passwords and client secrets become
 * {@value #PASSWORD}: a replay takes them from its own credentials. Tokens and download links
 * become pseudonyms, {@code masked-} and an HMAC of the value under a key made at start: the same
 * token is the same pseudonym everywhere in the recording, so the compare tool still sees which
 * answer handed out the token a later request sends, yet nothing of the token can be read back.
 */
final class TrafficMasker {

    static final String PASSWORD = "REDACTED";
    static final String PSEUDONYM_PREFIX = "masked-";

    private final SecretKeySpec key;

    TrafficMasker() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (SecretMembers.isSecret(field.getKey()) && value.isTextual()) {
                    field.setValue(new TextNode(SecretMembers.isPassword(field.getKey()) ? PASSWORD : pseudonym(value.asText())));
                } else {
                    mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::mask);
        }
    }

    String pseudonym(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PSEUDONYM_PREFIX + UrlSafeBase64.encode(digest).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
