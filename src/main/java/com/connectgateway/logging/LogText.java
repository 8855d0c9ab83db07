package com.connectgateway.logging;

/** The one rule for text that goes into a log line: no control character stays raw (tab aside). */
final class LogText {

    private LogText() {
    }

    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isNeutralised(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String neutralise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> {
                    if (isNeutralised(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * C0 and C1 controls, DEL, and the Unicode line and paragraph separators, which some log
     * viewers also break lines at. Tab stays: it cannot start a line.
     */
    private static boolean isNeutralised(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
