package com.connectgateway.compare;

/** One difference at one JSON path of one answer; values are compact JSON text (null when absent). */
public record Difference(String path, Kind kind, String expected, String actual) {

    public enum Kind {
        /** The member or element is in the expected answer only. */
        MISSING,
        /** The member or element is in the actual answer only. */
        EXTRA,
        /** Both present with different JSON types (string vs number, object vs array...). */
        TYPE,
        /** One side null, the other an empty array: legacy clients treat them differently. */
        NULL_VS_EMPTY,
        /** Same type, different value after normalisation. */
        VALUE,
        /** Different HTTP status codes. */
        HTTP_STATUS,
        /** A body that is not JSON on at least one side, compared as text. */
        BODY
    }

    /** The path with every array position written {@code [*]}, to group the same field across elements. */
    public String pattern() {
        return pattern(path);
    }

    static String pattern(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                if (depth++ == 0) {
                    out.append("[*]");
                }
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
