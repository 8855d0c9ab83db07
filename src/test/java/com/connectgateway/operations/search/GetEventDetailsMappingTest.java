package com.connectgateway.operations.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain unit golden test: a v3 event in, the exact legacy Event and EventResult out. */
class GetEventDetailsMappingTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final ObjectMapper json = new ObjectMapper();
    private final EventMapper mapper = new EventMapper(instant -> LegacyDate.of(instant, PACIFIC));

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyMemberFromItsV3Field() throws IOException {
        String written = json.writeValueAsString(mapper.event(resource("event.v3.json")));
        assertThat(json.readTree(written)).isEqualTo(resource("event.legacy.json"));
        // Members in the legacy doc's order; the date in the .NET form with the escaped solidus.
        assertThat(json.readTree(written).fieldNames()).toIterable().containsExactly("ChildEventCount",
                "EditorialSegments", "EventId", "EventName", "ImageCount", "Location", "RepresentativeImageId", "StartDate");
        assertThat(written).contains("\"StartDate\":\"\\/Date(1560533400000-0700)\\/\"");
        assertThat(written).contains("\"Location\":{\"City\":\"Göteborg\",\"Country\":\"Sweden\",\"StateProvince\"");
    }

    @Test
    void absentFieldsGiveZeroCountsAnEmptyListAndNulls() throws IOException {
        JsonNode legacy = json.readTree(json.writeValueAsString(mapper.event(resource("event-minimal.v3.json"))));
        assertThat(legacy).isEqualTo(resource("event-minimal.legacy.json"));
    }

    @Test
    void eventResultsOfAFoundAndAnUnknownId() throws IOException {
        GetEventDetailsResult result = new GetEventDetailsResult(List.of(
                GetEventDetailsResult.EventResult.found(mapper.event(resource("event-minimal.v3.json"))),
                GetEventDetailsResult.EventResult.notFound(12)));
        String written = json.writeValueAsString(result);
        assertThat(written).startsWith("{\"EventResult\":[{\"Event\":{\"ChildEventCount\":0,");
        assertThat(written).endsWith("\"EventId\":7,\"Status\":\"Success\"},{\"Event\":null,\"EventId\":12,\"Status\":\"Not Found\"}]}");
    }
}
