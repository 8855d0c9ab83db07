package com.connectgateway.operations.data;

import static org.assertj.core.api.Assertions.assertThat;

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

/** v3 reference data in, legacy results out, compared with hand-written files (no Quarkus). */
class DataMapperGoldenTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();
    private final DataMapper mapper = DataMapper.at(ZoneId.of("America/Los_Angeles"), JUNE_2026);

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/data/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private JsonNode written(Object result) throws IOException {
        return json.readTree(json.writeValueAsString(result));
    }

    @Test
    void countries() throws IOException {
        assertThat(written(mapper.countries(resource("countries.v3.json")))).isEqualTo(resource("countries.legacy.json"));
    }

    @Test
    void collectionsWithAbbreviatedLicencesAndOfferingsLegacyHad() throws IOException {
        assertThat(written(mapper.collections(resource("collections.v3.json")))).isEqualTo(resource("collections.legacy.json"));
    }

    @Test
    void allProductsWithTheirLegacyStatusesAndDates() throws IOException {
        JsonNode legacy = written(mapper.allOfferings(resource("products.v3.json")));
        assertThat(legacy).isEqualTo(resource("products-all.legacy.json"));
        // Member order as the docs show it.
        assertThat(legacy.at("/ProductOfferings/0").fieldNames()).toIterable().containsExactly("ProductOfferingInstanceId",
                "ApplicationWebsite", "ProductOfferingType", "Name", "DownloadLimit", "DownloadLimitDuration", "Status",
                "ExpirationUtc", "DownloadsRemaining", "DownloadLimitResetUtc");
        // On the wire the dates keep the .NET escaped solidus.
        assertThat(json.writeValueAsString(mapper.allOfferings(resource("products.v3.json"))))
                .contains("\"ExpirationUtc\":\"\\/Date(1798761600000-0800)\\/\"");
    }

    @Test
    void activeOfferingsAreTheDistinctTypesOfActiveProducts() throws IOException {
        assertThat(written(mapper.activeOfferings(resource("products.v3.json")))).isEqualTo(resource("products-active.legacy.json"));
    }

    @Test
    void missingListsAreEmptyLists() throws IOException {
        JsonNode empty = json.readTree("{}");
        assertThat(written(mapper.countries(empty))).isEqualTo(json.readTree("{\"Countries\":[]}"));
        assertThat(written(mapper.collections(json.readTree("{\"collections\":null}")))).isEqualTo(json.readTree("{\"Collections\":[]}"));
        assertThat(written(mapper.activeOfferings(empty))).isEqualTo(json.readTree("{\"ActiveProductOfferings\":[]}"));
        assertThat(written(mapper.allOfferings(empty))).isEqualTo(json.readTree("{\"ProductOfferings\":[]}"));
    }

    @Test
    void statusesLegacyHasNoWordFor() {
        assertThat(mapper.status(null, "imagepack", null, null)).isEqualTo("Unspecified");
        assertThat(mapper.status("suspended", "imagepack", null, null)).isEqualTo("Unsupported");
        assertThat(mapper.status("ACTIVE", "imagepack", Instant.parse("2020-01-01T00:00:00Z"), 0)).isEqualTo("Active");
    }
}
