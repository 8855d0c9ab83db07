package com.connectgateway.upstream;

/** On whose behalf a v3 call is made: the API key, the bearer token, and the language asked for. */
public record V3Caller(String apiKey, String accessToken, String language) {

    String authorization() {
        return accessToken == null ? null : "Bearer " + accessToken;
    }

    public V3Caller withLanguage(String acceptLanguage) {
        return new V3Caller(apiKey, accessToken, acceptLanguage);
    }

    @Override
    public String toString() {
        return "V3Caller[apiKey=" + apiKey + ", accessToken=***, language=" + language + "]";
    }
}
