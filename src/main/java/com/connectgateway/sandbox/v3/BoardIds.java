package com.connectgateway.sandbox.v3;

import java.security.SecureRandom;

/**
 * New board ids: 22 random letters and digits. v3's board ids are strings, and one that is not a
 * number is what a client mapping them to legacy integer lightbox ids must cope with, so an id
 * made only of digits is never handed out.
 */
final class BoardIds {

    static final int LENGTH = 22;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    // An instance field, not static: a native image must not freeze a seeded generator.
    private final SecureRandom random = new SecureRandom();

    String next() {
        while (true) {
            StringBuilder id = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!id.chars().allMatch(Character::isDigit)) {
                return id.toString();
            }
        }
    }
}
