package com.connectgateway.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recorded values handed out by the recorded service (tokens, ImageIds, SizeKeys, LightboxIds,
 * TransactionIds...) mapped to what the replayed gateway handed out at the same JSON path, so
 * later requests carry live values instead of dead ones. One map per replay run.
 *
 * <p>Any string or number leaf of a recorded response is a candidate. A value the client had sent
 * before any response carried it (a search phrase, a family name, a page size) is input, not
 * something handed out, and is never mapped: otherwise a search answering "Editorial" where the
 * recording said "Creative" would rewrite the client's later filters. Values are matched by text,
 * so a LightboxId handed out as a number and sent back as a string is still found.
 */
public final class ValueMap {

    private static final Pattern URL_TOKEN = Pattern.compile("[^/?&=#]+");

    private final Map<String, JsonNode> replacements = new LinkedHashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final Set<String> clientValues = new HashSet<>();
    private final Set<String> used = new HashSet<>();

    /** Notes the values a recorded request carried, before its answer is learned from. */
    public void noteClientValues(JsonNode recordedBody) {
        forEachLeaf(recordedBody, leaf -> {
            String text = text(leaf);
            if (text != null && !replacements.containsKey(text)) {
                clientValues.add(text);
            }
        });
    }

    /** Learns the recorded → replayed pairs at equal paths of one recorded and one replayed answer. */
    public void learn(JsonNode recorded, JsonNode replayed) {
        if (recorded == null || replayed == null) {
            return;
        }
        if (recorded.isObject() && replayed.isObject()) {
            recorded.fields().forEachRemaining(field -> learn(field.getValue(), replayed.get(field.getKey())));
        } else if (recorded.isArray() && replayed.isArray()) {
            for (int i = 0; i < recorded.size() && i < replayed.size(); i++) {
                learn(recorded.get(i), replayed.get(i));
            }
        } else {
            String from = text(recorded);
            String to = text(replayed);
            if (from != null && to != null && !from.equals(to) && !clientValues.contains(from) && !replacements.containsKey(from)) {
                replacements.put(from, replayed);
                origins.putIfAbsent(to, from);
            }
        }
    }

    /** A copy of the body with every leaf equal to a mapped recorded value replaced (keeping the leaf's JSON type). */
    public JsonNode rewrite(JsonNode body) {
        if (body == null) {
            return null;
        }
        if (body.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            body.fields().forEachRemaining(field -> copy.set(field.getKey(), rewrite(field.getValue())));
            return copy;
        }
        if (body.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            body.forEach(element -> copy.add(rewrite(element)));
            return copy;
        }
        String text = text(body);
        JsonNode replacement = text == null ? null : replacements.get(text);
        if (replacement == null) {
            return body;
        }
        used.add(text);
        return sameType(body, text(replacement));
    }

    /** Rewrites path segments and query values of a URL that equal a mapped value. */
    public String rewriteUrl(String pathAndQuery) {
        return rewriteTokens(pathAndQuery, URL_TOKEN);
    }

    /** Rewrites the words of a header value (an {@code Authorization: Bearer <token>}). */
    public String rewriteHeader(String value) {
        return rewriteTokens(value, Pattern.compile("[^\\s,]+"));
    }

    /** The recorded value a replayed value stands for, when the replay actually sent it on; else null. */
    public String originOf(String replayedText) {
        String origin = origins.get(replayedText);
        return origin != null && used.contains(origin) ? origin : null;
    }

    /** Whether a recorded value was sent on in a later request (so it is an identifier, not content). */
    public boolean wasSentOn(String recordedText) {
        return used.contains(recordedText);
    }

    public int size() {
        return replacements.size();
    }

    private String rewriteTokens(String text, Pattern token) {
        if (text == null) {
            return null;
        }
        Matcher matcher = token.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            JsonNode replacement = replacements.get(matcher.group());
            if (replacement != null) {
                used.add(matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? matcher.group() : text(replacement)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static JsonNode sameType(JsonNode original, String value) {
        if (original.isNumber()) {
            try {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return JsonNodeFactory.instance.textNode(value);
            }
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    /** The text of a mappable leaf: a non-empty string or a number; null for anything else. */
    static String text(JsonNode leaf) {
        if (leaf == null) {
            return null;
        }
        if (leaf.isTextual() && !leaf.asText().isEmpty()) {
            return leaf.asText();
        }
        if (leaf.isNumber()) {
            return leaf.isIntegralNumber() ? leaf.bigIntegerValue().toString() : leaf.decimalValue().toPlainString();
        }
        return null;
    }

    private static void forEachLeaf(JsonNode node, java.util.function.Consumer<JsonNode> action) {
        if (node == null) {
            return;
        }
        if (node.isContainerNode()) {
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> forEachLeaf(child, action));
        } else {
            action.accept(node);
        }
    }
}
