package com.connectgateway.operations;

import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date window of the history reads. v3's {@code GET /v3/downloads} looks back only 30 days
 * when no dates are sent, but a legacy GetPreviousDownloads without a DateRange meant every
 * download; so the gateway never leaves the dates out: without a range it sends
 * {@code date_from=2000-01-01T00:00:00Z} (older than any Connect-era download) to the end of the
 * current UTC day, with {@code use_time=true}. Purchases get the same window, so both histories
 * read alike whatever default v3 applies.
 */
public final class HistoryDates {

    /** The start of "all history". */
    public static final Instant ALL_HISTORY_FROM = Instant.parse("2000-01-01T00:00:00Z");

    private static final DateTimeFormatter V3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern DOTNET = Pattern.compile("^\\\\?/Date\\((-?\\d+)([+-]\\d{4})?\\)\\\\?/$");

    /** A window of instants, both ends included. */
    public record Range(Instant from, Instant to) {
    }

    private HistoryDates() {
    }

    /** Everything up to the end of today (UTC) by {@code clock}. */
    public static Range allHistory(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new Range(ALL_HISTORY_FROM, today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1));
    }

    /**
     * A legacy start or end: ISO 8601 with or without a time and zone (no zone reads as UTC), or
     * the .NET {@code /Date(ms±hhmm)/} form. A bare date starts at 00:00:00 UTC; as an end it
     * takes the whole day (to 23:59:59 UTC).
     *
     * @throws LegacyFault InvalidRequest naming {@code member} when the text is no date
     */
    public static Instant parse(String text, String member, boolean end) {
        String value = text.trim();
        Matcher dotNet = DOTNET.matcher(value);
        if (dotNet.matches()) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(dotNet.group(1)));
            } catch (NumberFormatException e) {
                throw notADate(member);
            }
        }
        Instant instant = V3Dates.instant(value);
        if (instant == null) {
            throw notADate(member);
        }
        boolean dateOnly = value.length() == 10;
        return end && dateOnly ? instant.plus(1, ChronoUnit.DAYS).minusSeconds(1) : instant;
    }

    /** The form sent as {@code date_from}/{@code date_to} (with {@code use_time=true}). */
    public static String v3(Instant instant) {
        return V3.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static LegacyFault notADate(String member) {
        return new LegacyFault(StatusCode.INVALID_REQUEST,
                member + " must be an ISO 8601 date or date and time (YYYY-MM-DDThh:mm:ssTZD).");
    }
}
