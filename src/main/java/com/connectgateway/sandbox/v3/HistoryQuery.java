package com.connectgateway.sandbox.v3;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The date window and page of the history resources ({@code GET /v3/downloads},
 * {@code GET /v3/purchased-assets}). A date is {@code YYYY-MM-DD} or an ISO date-time with its
 * offset (none reads as UTC). {@code from}/{@code to} are instants, both ends included; a bare
 * {@code date_to} takes its whole day.
 */
record HistoryQuery(Instant from, Instant to, boolean useTime, int page, int pageSize) {

    static final int MAX_PAGE_SIZE = 100;

    /** Index of the first item of the page. */
    long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** Whether an item of that time is in the window: by instant with use_time, else by UTC calendar day. */
    boolean covers(Instant at) {
        if (useTime) {
            return !at.isBefore(from) && !at.isAfter(to);
        }
        LocalDate day = day(at);
        return (from == null || !day.isBefore(day(from))) && (to == null || !day.isAfter(day(to)));
    }

    /** A date parameter as the start ({@code end=false}) or end of the window; null when absent. */
    static Instant date(QueryParams params, String name, boolean end) {
        String value = params.get(name);
        if (value == null) {
            if (params.has(name)) {
                throw QueryParams.invalid(name, "", "expected a date as YYYY-MM-DD.");
            }
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(end ? 1 : 0);
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return java.time.LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw QueryParams.invalid(name, value, "expected a date as YYYY-MM-DD or an ISO 8601 date and time.");
        }
    }

    static boolean bool(QueryParams params, String name) {
        Boolean value = new QueryReader(params).bool(name);
        return Boolean.TRUE.equals(value);
    }

    static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
