package com.connectgateway.operations.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.operations.HistoryDates;
import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Plain unit golden test: a {@code GET /v3/downloads} entry in, the exact legacy PreviousDownload out. */
class PreviousDownloadMapperGoldenTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final ObjectMapper json = new ObjectMapper();
    private final PreviousDownloadMapper mapper = new PreviousDownloadMapper(instant -> LegacyDate.of(instant, PACIFIC));

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyMemberFromItsV3Field() throws IOException {
        String written = json.writeValueAsString(mapper.download(resource("previous-download.v3.json")));
        assertThat(json.readTree(written)).isEqualTo(resource("previous-download.legacy.json"));
        assertThat(json.readTree(written).fieldNames()).toIterable()
                .containsExactly("AssetId", "DateDownloaded", "ThumbnailImageUrl", "UrlThumb", "ProductOffering");
        assertThat(written).contains("\"DateDownloaded\":\"\\/Date(1720110005000-0700)\\/\"");
    }

    @Test
    void aProductTypeWithoutLegacyValueAndNoThumbAreNull() throws IOException {
        assertThat(json.readTree(json.writeValueAsString(mapper.download(resource("previous-download-creditpack.v3.json")))))
                .isEqualTo(resource("previous-download-creditpack.legacy.json"));
    }

    @Test
    void withoutARangeTheWholeHistoryToTheEndOfTodayIsAsked() {
        Clock clock = Clock.fixed(Instant.parse("2025-02-03T22:15:00Z"), ZoneOffset.UTC);
        HistoryDates.Range all = HistoryDates.allHistory(clock);
        assertThat(HistoryDates.v3(all.from())).isEqualTo("2000-01-01T00:00:00Z");
        assertThat(HistoryDates.v3(all.to())).isEqualTo("2025-02-03T23:59:59Z");
        assertThat(HistoryDates.parse("2025-02-03", "End", true)).isEqualTo(Instant.parse("2025-02-03T23:59:59Z"));
        assertThat(HistoryDates.parse("2025-02-03T10:00:00-08:00", "Start", false)).isEqualTo(Instant.parse("2025-02-03T18:00:00Z"));
        assertThat(HistoryDates.parse("\\/Date(1738540800000-0800)\\/", "Start", false))
                .isEqualTo(Instant.ofEpochMilli(1738540800000L));
    }
}
