package com.connectgateway.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation of a request body. Jackson's byte parser decodes overlong forms
 * ({@code C0 AF} becomes {@code /}) and encoded surrogates without complaint, so text that no
 * UTF-8 encoder produces could reach v3 as something else; the JDK decoder refuses all of them.
 */
final class Utf8Bytes {

    private Utf8Bytes() {
    }

    /** Whether a body is well-formed text: UTF-8, unless Jackson will read it as UTF-16 or UTF-32. */
    static boolean isWellFormedBody(byte[] bytes) {
        return isWideEncoding(bytes) || isValid(bytes);
    }

    /** Whether the bytes are well-formed UTF-8 (an ASCII-only body is checked without decoding). */
    private static boolean isValid(byte[] bytes) {
        if (isAscii(bytes)) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Whether Jackson will read the bytes as UTF-16 or UTF-32 (a byte-order mark, or a zero byte
     * among the first four, which is how it detects those encodings); such bodies are not UTF-8.
     */
    private static boolean isWideEncoding(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
