package com.connectgateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of a successful v3 answer. Its own class so that the mapping benchmark
 * ({@code src/jmh}) parses v3 bytes exactly as {@link V3Api} does.
 */
public final class V3Answers {

    private final ObjectMapper json;

    public V3Answers(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The JSON object of a 2xx body (or array, where {@code emptyAllowed}); a missing node for an empty
     * body where {@code emptyAllowed} (a write answered 201/204).
     *
     * @throws V3ServerFailure UnreadableAnswer for anything else, malformed JSON included
     */
    public JsonNode success(byte[] body, boolean emptyAllowed) {
        boolean blank = isBlank(body);
        if (emptyAllowed && blank) {
            return MissingNode.getInstance();
        }
        JsonNode parsed;
        try {
            // Parsed from the bytes: decoding them to a String first and parsing that cost a copy of every answer (issue 11).
            parsed = blank ? null : json.readTree(body);
        } catch (IOException e) {
            throw new V3ServerFailure(0, "UnreadableAnswer", "The image service answered with unreadable JSON.");
        }
        if (parsed == null || !(parsed.isObject() || emptyAllowed && parsed.isArray())) {
            throw new V3ServerFailure(0, "UnreadableAnswer", "The image service answered without a JSON object.");
        }
        return parsed;
    }

    /**
     * {@link String#isBlank()} of the body read as UTF-8, without decoding it: a JSON answer starts with
     * a non-blank ASCII byte, so this looks at its first byte; text starting with other bytes is decoded.
     */
    static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return new String(body, StandardCharsets.UTF_8).isBlank(); // non-ASCII: let String decide
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
