package com.connectgateway.upstream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Secret comparisons whose duration does not depend on where the inputs differ. */
public final class ConstantTime {

    private ConstantTime() {
    }

    public static boolean equals(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
