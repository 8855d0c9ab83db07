package com.connectgateway.upstream;

import java.util.Objects;

/**
 * On whose behalf a v3 call is made, and by when: the API key, the bearer token, the language
 * asked for, the deadline of the legacy operation the call is part of, and what the unit of work
 * may already have changed at v3 ({@link V3Effects}, shared by the callers derived with
 * {@link #within} and {@link #withLanguage}).
 */
public record V3Caller(String apiKey, String accessToken, String language, Deadline deadline, V3Effects effects) {

    public V3Caller {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(effects, "effects");
    }

    /** The first caller of a unit of work: nothing done yet. */
    public V3Caller(String apiKey, String accessToken, String language, Deadline deadline) {
        this(apiKey, accessToken, language, deadline, new V3Effects());
    }

    /** A caller whose calls are limited only by their own timeouts (not part of a legacy operation). */
    public V3Caller(String apiKey, String accessToken, String language) {
        this(apiKey, accessToken, language, Deadline.none());
    }

    String authorization() {
        return accessToken == null ? null : "Bearer " + accessToken;
    }

    public V3Caller withLanguage(String acceptLanguage) {
        return new V3Caller(apiKey, accessToken, acceptLanguage, deadline, effects);
    }

    /** The same caller, its calls limited by {@code operationDeadline}. */
    public V3Caller within(Deadline operationDeadline) {
        return new V3Caller(apiKey, accessToken, language, operationDeadline, effects);
    }

    @Override
    public String toString() {
        return "V3Caller[apiKey=" + apiKey + ", accessToken=***, language=" + language + ", " + deadline + ", effects=" + effects + "]";
    }
}
