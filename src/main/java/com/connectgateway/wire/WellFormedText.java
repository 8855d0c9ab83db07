package com.connectgateway.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds text that is not valid Unicode: a lone UTF-16 surrogate (JSON allows {@code "\ud800"})
 * cannot be encoded into a v3 URL nor written back in a response, so it must be refused up front.
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /** Whether every surrogate in the text is half of a pair. */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The path (e.g. {@code Query.SearchPhrase}, {@code ImageIds.[2]}) of the first ill-formed string, or null. */
    public static String firstIllFormed(JsonNode node, String path) {
        if (node.isTextual()) {
            return isWellFormed(node.textValue()) ? null : path;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstIllFormed(node.get(i), path + ".[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!isWellFormed(member.getKey())) {
                    return path;
                }
                String found = firstIllFormed(member.getValue(), path + "." + member.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
