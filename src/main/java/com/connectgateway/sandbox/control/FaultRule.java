package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of {@code PUT /sandbox/control/faults}: requests whose path starts with {@code path}
 * (and, when given, use {@code method}) wait {@code delayMillis}, then get {@code status} (with
 * {@code body} and {@code headers}) or the broken answer {@code action}, or proceed normally
 * when neither is given. {@code times} limits the rule to the first n matching requests.
 */
@RegisterForReflection
public record FaultRule(
        @JsonProperty("path") String path,
        @JsonProperty("method") String method,
        @JsonProperty("times") Integer times,
        @JsonProperty("delayMillis") Long delayMillis,
        @JsonProperty("status") Integer status,
        @JsonProperty("body") String body,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("action") FaultAction action) {

    /**
     * This rule with the method in upper case, or an {@link IllegalArgumentException} naming the
     * first problem: a mistyped rule must fail loudly rather than silently never match.
     */
    FaultRule checked(String where) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException(where + ".path must start with '/', e.g. \"/sandbox/v3/\".");
        }
        if (path.startsWith(FaultInjector.CONTROL_PATH)) {
            throw new IllegalArgumentException(where + ".path: the control paths cannot be faulted.");
        }
        if (method != null && method.isBlank()) {
            throw new IllegalArgumentException(where + ".method must be an HTTP method or absent.");
        }
        if (times != null && times < 1) {
            throw new IllegalArgumentException(where + ".times must be at least 1, or absent for always.");
        }
        if (delayMillis != null && delayMillis < 0) {
            throw new IllegalArgumentException(where + ".delayMillis must not be negative.");
        }
        if (status != null && (status < 200 || status > 599)) {
            throw new IllegalArgumentException(where + ".status must be between 200 and 599.");
        }
        if (status != null && action != null) {
            throw new IllegalArgumentException(where + " has both status and action; give one of them.");
        }
        if (body != null && status == null && action != FaultAction.DRIBBLE) {
            throw new IllegalArgumentException(where + ".body needs a status (or action \"dribble\").");
        }
        if (headers != null && !headers.isEmpty() && status == null && (action == null || action == FaultAction.RESET)) {
            throw new IllegalArgumentException(where + ".headers need a status or an action other than \"reset\".");
        }
        if (headers != null && headers.entrySet().stream().anyMatch(h -> h.getKey().isBlank() || h.getValue() == null)) {
            throw new IllegalArgumentException(where + ".headers need names and string values.");
        }
        String upper = method == null ? null : method.trim().toUpperCase(Locale.ROOT);
        // Copied: the caller's map must not change a rule that requests are reading.
        Map<String, String> fixed = headers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        return new FaultRule(path, upper, times, delayMillis, status, body, fixed, action);
    }

    boolean matches(String requestMethod, String requestPath) {
        return requestPath.startsWith(path) && (method == null || method.equalsIgnoreCase(requestMethod));
    }

    boolean delays() {
        return delayMillis != null && delayMillis > 0;
    }

    /** Whether the real resource answers after the (optional) delay. */
    boolean proceeds() {
        return status == null && action == null;
    }

    /**
     * What the hit log says this rule did: {@code none}, {@code delay}, {@code status:503},
     * {@code reset}, ... with {@code delay+} in front when an answer was also delayed.
     */
    String outcome() {
        if (proceeds()) {
            return delays() ? "delay" : "none";
        }
        String answer = action != null ? action.label() : "status:" + status;
        return delays() ? "delay+" + answer : answer;
    }
}
