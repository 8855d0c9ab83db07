package com.connectgateway.support;

import java.security.SecureRandom;
import java.util.Base64;

/** Keys made for one test run (never one from the repository): 32 random bytes, base64, as the key settings take them. */
public final class RandomKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomKeys() {
    }

    public static String base64() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
