package com.connectgateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;

class ControlCharacterFilterTest {

    private static final String FORGED = "x\r\n2026-12-01 00:00:00,000 INFO  [io.quarkus] (main) FORGED admin login ok";

    private final PatternFormatter console = new PatternFormatter("%-5p [%c] %s%e%n");

    private String logged(ExtLogRecord record) {
        assertThat(new ControlCharacterFilter().isLoggable(record)).isTrue();
        return console.format(record);
    }

    private static ExtLogRecord record(String format, Object... parameters) {
        ExtLogRecord record = new ExtLogRecord(org.jboss.logmanager.Level.WARN, format, ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setLoggerName("com.connectgateway.test");
        record.setParameters(parameters);
        return record;
    }

    @Test
    void aParameterCannotStartALineOfItsOwn() {
        String line = logged(record("Refused system %s (%d attempts)", FORGED, 3));
        assertThat(line).isEqualTo("WARN  [com.connectgateway.test] Refused system x\\r\\n2026-12-01 00:00:00,000 INFO  "
                + "[io.quarkus] (main) FORGED admin login ok (3 attempts)\n");
    }

    @Test
    void otherControlsAreEscapedAndTabsAndTextStay() {
        String line = logged(record("%s", "a\u0000b\u001bc\u0085d\u2028e\tf caf\u00e9"));
        assertThat(line).contains("a\\u0000b\\u001bc\\u0085d\\u2028e\tf caf\u00e9").hasLineCount(1);
    }

    @Test
    void messagesInTheExceptionChainAreEscapedAndTheStackKept() {
        IllegalStateException cause = new IllegalStateException("inner " + FORGED);
        RuntimeException thrown = new RuntimeException("outer\nFORGED too", cause);
        thrown.addSuppressed(new IllegalArgumentException("suppressed\rFORGED"));
        ExtLogRecord record = record("Request failed");
        record.setThrown(thrown);
        String text = logged(record);
        assertThat(text.lines()).noneMatch(l -> l.startsWith("FORGED") || l.startsWith("2026-12-01"));
        assertThat(text).contains("java.lang.RuntimeException: outer\\nFORGED too")
                .contains("Caused by: java.lang.IllegalStateException: inner x\\r\\n2026")
                .contains("java.lang.IllegalArgumentException: suppressed\\rFORGED")
                .contains("at com.connectgateway.logging.ControlCharacterFilterTest");
        // The original exception is not changed for anyone else holding it.
        assertThat(thrown.getMessage()).isEqualTo("outer\nFORGED too");
    }

    @Test
    void cleanRecordsAreLeftAsTheyAre() {
        RuntimeException thrown = new RuntimeException("plain");
        ExtLogRecord record = record("Opened %s", "session 1");
        record.setThrown(thrown);
        logged(record);
        assertThat(record.getThrown()).isSameAs(thrown);
        assertThat(record.getFormatStyle()).isEqualTo(ExtLogRecord.FormatStyle.PRINTF);
    }
}
