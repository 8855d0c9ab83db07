package com.connectgateway.wire;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time in the .NET JSON form the legacy service wrote: {@code "\/Date(1294868991374-0800)\/"}.
 * The offset is that of the configured zone at that instant, and always carries its sign because
 * some clients split on it.
 */
@JsonSerialize(using = LegacyDateSerializer.class)
@RegisterForReflection
public record LegacyDate(Instant instant, ZoneOffset offset) {

    public static LegacyDate of(Instant instant, ZoneId zone) {
        return new LegacyDate(instant, zone.getRules().getOffset(instant));
    }

    private static final Pattern DOTNET =
            Pattern.compile("^\\\\?/Date\\((-?\\d+)([+-]\\d{4})?\\)\\\\?/$");

    /**
     * A request date: ISO {@code YYYY-MM-DD} (or a full ISO date-time), or the .NET form older v1
     * clients sent, {@code /Date(ms±hhmm)/}. The calendar day is taken in the date's own offset.
     *
     * @throws LegacyFault InvalidRequest naming {@code field} when neither form matches
     */
    public static LocalDate parseRequestDate(String text, String field) {
        String value = text.trim();
        Matcher dotNet = DOTNET.matcher(value);
        try {
            if (dotNet.matches()) {
                ZoneOffset offset = dotNet.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(dotNet.group(2));
                return Instant.ofEpochMilli(Long.parseLong(dotNet.group(1))).atOffset(offset).toLocalDate();
            }
            if (value.length() > 10) {
                return OffsetDateTime.parse(value).toLocalDate();
            }
            return LocalDate.parse(value);
        } catch (DateTimeException | NumberFormatException e) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, field + " must be a date (YYYY-MM-DD).");
        }
    }

    /** The JSON string content, with the solidus escaped as the legacy service wrote it. */
    public String toWire() {
        return appendWire(new StringBuilder(WIRE_CAPACITY)).toString();
    }

    /** The JSON string with its quotes, as {@link LegacyDateSerializer} writes it raw. */
    String toQuotedWire() {
        return appendWire(new StringBuilder(WIRE_CAPACITY + 2).append('"')).append('"').toString();
    }

    /** Longest content: {@code \/Date(} 7, a signed 64-bit count 20, offset 5, {@code )\/} 3. */
    private static final int WIRE_CAPACITY = 35;

    /**
     * Appended by hand rather than with {@code String.format}, whose pattern parsing was a visible part
     * of every image in the profile (issue 11): milliseconds with their sign, the offset as a sign and
     * hours and minutes of two digits each (seconds of an offset dropped).
     */
    private StringBuilder appendWire(StringBuilder out) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        int hours = abs / 3600;
        int minutes = (abs % 3600) / 60;
        out.append("\\/Date(").append(instant.toEpochMilli()).append(seconds < 0 ? '-' : '+');
        twoDigits(out, hours);
        twoDigits(out, minutes);
        return out.append(")\\/");
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
