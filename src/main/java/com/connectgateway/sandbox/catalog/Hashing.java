package com.connectgateway.sandbox.catalog;

import java.nio.charset.StandardCharsets;

/** A 64-bit hash that is the same on every JVM and start (unlike identity hashes), well spread. */
final class Hashing {

    private Hashing() {
    }

    /** FNV-1a over the UTF-8 bytes, finished with SplitMix64's mixer. */
    static long of(String text) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return mix(hash);
    }

    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
