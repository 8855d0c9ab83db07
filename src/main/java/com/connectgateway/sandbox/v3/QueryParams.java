package com.connectgateway.sandbox.v3;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A request's query parameters in the order they were sent, a repeated
 * parameter joined with commas (v3 reads {@code a=1&a=2} like {@code a=1,2}). Kept ordered so the
 * control endpoints can show exactly what the gateway sent.
 */
final class QueryParams {

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /** Parses a raw (still percent-encoded) query string; null means no parameters. */
    static QueryParams parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.merge(name, value, (first, next) -> first + "," + next);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SandboxV3Error.invalidParameter("The query string is not correctly percent-encoded.");
        }
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** The value, or null when the parameter is absent or blank. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * A whole number within {@code min..max}; null when the parameter is absent.
     *
     * @throws SandboxV3Error 400 for an empty value, a non-number or one out of range, as v3 answers them
     */
    Integer integer(String name, int min, int max) {
        String value = get(name);
        if (value == null) {
            if (has(name)) {
                throw invalid(name, "", "a number is required.");
            }
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name, value, "not a whole number.");
        }
        if (number < min || number > max) {
            throw invalid(name, value, max == Integer.MAX_VALUE ? "must be at least " + min + "."
                    : "must be between " + min + " and " + max + ".");
        }
        return number;
    }

    /** Refuses, as v3 does, any parameter {@code accepted} does not hold: 400 InvalidParameterValue. */
    void acceptOnly(Predicate<String> accepted, String resource) {
        acceptOnly(accepted, resource, SandboxV3Error::invalidParameter);
    }

    /** The same, with the resource's own 400 (e.g. events' InvalidRequestParameters). */
    void acceptOnly(Predicate<String> accepted, String resource, Function<String, SandboxV3Error> refusal) {
        for (String name : values.keySet()) {
            if (!accepted.test(name)) {
                throw refusal.apply("Parameter '" + name + "' is not valid for " + resource + ".");
            }
        }
    }

    /** The 400 of a parameter v3 refuses, worded as v3 words it. */
    static SandboxV3Error invalid(String name, String value, String why) {
        return SandboxV3Error.invalidParameter("Invalid value '" + value + "' for parameter '" + name + "': " + why);
    }

    Iterable<String> names() {
        return values.keySet();
    }
}
