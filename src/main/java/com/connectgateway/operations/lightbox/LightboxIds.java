package com.connectgateway.operations.lightbox;

import com.connectgateway.wire.Sha256;

/**
 * The legacy integer LightboxId of a v3 board id (a string). Derived from the id alone, so it is
 * the same on every replica and after every restart, with nothing stored: a board id that is a
 * decimal number in int range is its own LightboxId; any other is hashed (the first 31 bits of
 * its SHA-256). {@link BoardDirectory} maps a LightboxId back by looking through the user's boards.
 */
final class LightboxIds {

    private LightboxIds() {
    }

    static int of(String boardId) {
        Integer numeric = numeric(boardId);
        if (numeric != null) {
            return numeric;
        }
        byte[] digest = Sha256.of(boardId);
        int hashed = ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        return hashed == 0 ? 1 : hashed; // clients treat 0 as "no lightbox"
    }

    /** A canonical positive decimal (no sign, no leading zero) that fits an int, else null. */
    private static Integer numeric(String id) {
        if (id.isEmpty() || id.length() > 10 || id.charAt(0) == '0') {
            return null;
        }
        long value = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? (int) value : null;
    }
}
