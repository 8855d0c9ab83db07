package com.connectgateway.observability;

/** The bounded status tag of an upstream exchange: 2xx..5xx for an answer, else how it failed. */
final class StatusClass {

    static final String TIMEOUT = "timeout";
    static final String IO = "io";

    private StatusClass() {
    }

    static String of(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
