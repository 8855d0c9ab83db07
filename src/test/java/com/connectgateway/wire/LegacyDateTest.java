package com.connectgateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyDateTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Test
    void winterInstantCarriesPacificStandardOffset() {
        Instant instant = Instant.ofEpochMilli(1294868991374L); // 2011-01-12, PST
        assertThat(LegacyDate.of(instant, PACIFIC).toWire()).isEqualTo("\\/Date(1294868991374-0800)\\/");
    }

    @Test
    void summerInstantCarriesDaylightOffset() {
        Instant instant = Instant.parse("2014-07-01T12:00:00Z");
        assertThat(LegacyDate.of(instant, PACIFIC).toWire()).isEqualTo("\\/Date(" + instant.toEpochMilli() + "-0700)\\/");
    }

    @Test
    void offsetSignIsAlwaysWritten() {
        Instant instant = Instant.parse("2014-07-01T12:00:00Z");
        assertThat(LegacyDate.of(instant, ZoneId.of("UTC")).toWire()).endsWith("+0000)\\/");
        assertThat(LegacyDate.of(instant, ZoneId.of("Asia/Kolkata")).toWire()).endsWith("+0530)\\/");
        assertThat(LegacyDate.of(instant, ZoneId.of("America/St_Johns")).toWire()).endsWith("-0230)\\/");
    }

    @Test
    void datesBeforeTheEpochKeepTheirSign() {
        Instant instant = Instant.parse("1965-03-01T00:00:00Z");
        assertThat(LegacyDate.of(instant, PACIFIC).toWire()).isEqualTo("\\/Date(" + instant.toEpochMilli() + "-0800)\\/");
    }

    @Test
    void jacksonWritesTheEscapedSolidusVerbatim() throws Exception {
        String json = new ObjectMapper().writeValueAsString(
                Map.of("DateCreated", LegacyDate.of(Instant.ofEpochMilli(1294868991374L), PACIFIC)));
        assertThat(json).isEqualTo("{\"DateCreated\":\"\\/Date(1294868991374-0800)\\/\"}");
        // And it is still valid JSON whose string value is the unescaped form clients parse.
        assertThat(new ObjectMapper().readTree(json).get("DateCreated").asText()).isEqualTo("/Date(1294868991374-0800)/");
    }
}
