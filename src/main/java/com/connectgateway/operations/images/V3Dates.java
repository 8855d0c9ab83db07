package com.connectgateway.operations.images;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * v3 dates: with an offset, with Z, without any zone (read as UTC), or as a bare date. The forms
 * v3 actually sends ({@code 2017-09-12T00:00:00Z}, with an optional fraction and a {@code ±hh:mm}
 * offset, or without an offset, or a bare date) are read by hand; anything else, unreadable text
 * included, goes to java.time's ISO parsers tried in turn as before. Two dates per image made the
 * parsers' exceptions a visible cost (issue 11); the result is the same either way (V3DatesTest).
 */
public final class V3Dates {

    private V3Dates() {
    }

    /** The instant, or null for null, blank or unreadable text. */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant fast = common(value);
        return fast != null ? fast : byJavaTime(value);
    }

    /** The former reading, for the rarer forms: ISO offset date-time, then local date-time, then local date. */
    static Instant byJavaTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException withoutTime) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }

    /**
     * {@code yyyy-MM-dd}, or {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|±hh:mm]}; null when the text has
     * another shape or a field out of range (left to {@link #byJavaTime}, which decides).
     */
    static Instant common(String s) {
        int length = s.length();
        if (length < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)) {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 2);
        int day = number(s, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        if (length == 10) {
            return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (length < 19 || s.charAt(10) != 'T' || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2)
                || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return null;
        }
        int hour = number(s, 11, 2);
        int minute = number(s, 14, 2);
        int second = number(s, 17, 2);
        int at = 19;
        int nanos = 0;
        if (at < length && s.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(s.charAt(at))) {
                nanos = nanos * 10 + (s.charAt(at++) - '0');
            }
            if (at == start || at < length && isDigit(s.charAt(at))) {
                return null;
            }
            for (int scale = at - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == length) {
            offsetSeconds = 0; // no zone: UTC
        } else if (at + 1 == length && s.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at + 6 == length && (s.charAt(at) == '+' || s.charAt(at) == '-') && digits(s, at + 1, 2)
                && s.charAt(at + 3) == ':' && digits(s, at + 4, 2)) {
            int hours = number(s, at + 1, 2);
            int minutes = number(s, at + 4, 2);
            if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                return null;
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (s.charAt(at) == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }
}
