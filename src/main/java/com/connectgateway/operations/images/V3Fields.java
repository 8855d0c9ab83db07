package com.connectgateway.operations.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Null-safe reads of v3 JSON: a missing member, JSON null and a member of an unexpected type all
 * read as "no value", because v3 returns only the fields asked for and leaves some null. Each read
 * is one member of one node (nested members are read from {@link #at}'s answer, which may be null),
 * and arrays are walked where they are, not copied: these run some sixty times per image (issue 11).
 */
public final class V3Fields {

    private V3Fields() {
    }

    /** The member's value; null when {@code node} is null or not an object, or the member is absent or JSON null. */
    public static JsonNode at(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    public static String text(JsonNode node, String name) {
        JsonNode value = at(node, name);
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    public static Integer integer(JsonNode node, String name) {
        JsonNode value = at(node, name);
        return value != null && value.canConvertToInt() ? Integer.valueOf(value.asInt())
                : value != null && value.isTextual() ? parseInt(value.asText()) : null;
    }

    public static Long longValue(JsonNode node, String name) {
        return asLong(at(node, name));
    }

    /** A number, or a string holding one; anything else is no value. */
    static Long asLong(JsonNode value) {
        return value != null && value.canConvertToLong() ? Long.valueOf(value.asLong())
                : value != null && value.isTextual() ? parseLong(value.asText()) : null;
    }

    public static boolean flag(JsonNode node, String name) {
        JsonNode value = at(node, name);
        return value != null && (value.asBoolean() || "true".equalsIgnoreCase(value.asText()));
    }

    /** The elements of an array member, in place; an absent or non-array member is empty. */
    public static Iterable<JsonNode> elements(JsonNode node, String name) {
        JsonNode value = at(node, name);
        return value != null && value.isArray() ? value : List.of();
    }

    /** Maps each array element, dropping JSON nulls and those that map to null. */
    public static <T> List<T> list(JsonNode node, String member, Function<JsonNode, T> mapper) {
        JsonNode value = at(node, member);
        if (value == null || !value.isArray() || value.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            T mapped = element == null || element.isNull() ? null : mapper.apply(element);
            if (mapped != null) {
                out.add(mapped);
            }
        }
        return out;
    }

    /** See {@link V3Dates}. */
    static Instant instant(JsonNode node, String name) {
        return V3Dates.instant(text(node, name));
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
