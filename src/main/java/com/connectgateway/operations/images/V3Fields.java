package com.connectgateway.operations.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Null-safe reads of v3 JSON: a missing member, JSON null and a member of an unexpected type all
 * read as "no value", because v3 returns only the fields asked for and leaves some null.
 */
final class V3Fields {

    private V3Fields() {
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(name);
        }
        return current == null || current.isNull() || current.isMissingNode() ? null : current;
    }

    static String text(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    static Integer integer(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value != null && value.canConvertToInt() ? Integer.valueOf(value.asInt())
                : value != null && value.isTextual() ? parseInt(value.asText()) : null;
    }

    static Long longValue(JsonNode node, String... path) {
        return asLong(at(node, path));
    }

    /** A number, or a string holding one; anything else is no value. */
    static Long asLong(JsonNode value) {
        return value != null && value.canConvertToLong() ? Long.valueOf(value.asLong())
                : value != null && value.isTextual() ? parseLong(value.asText()) : null;
    }

    static boolean flag(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        return value != null && (value.asBoolean() || "true".equalsIgnoreCase(value.asText()));
    }

    /** The elements of an array member; an absent or non-array member is empty. */
    static List<JsonNode> elements(JsonNode node, String... path) {
        JsonNode value = at(node, path);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }

    /** Maps each array element, dropping those that map to null. */
    static <T> List<T> list(JsonNode node, String member, Function<JsonNode, T> mapper) {
        List<T> out = new ArrayList<>();
        for (JsonNode element : elements(node, member)) {
            T mapped = element == null || element.isNull() ? null : mapper.apply(element);
            if (mapped != null) {
                out.add(mapped);
            }
        }
        return out;
    }

    /** See {@link V3Dates}. */
    static Instant instant(JsonNode node, String... path) {
        return V3Dates.instant(text(node, path));
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
