package com.connectgateway.operations.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Plain unit golden test: a {@code GET /v3/purchased-assets} entry in, the exact legacy PreviousPurchase out. */
class PreviousPurchaseMapperGoldenTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final ObjectMapper json = new ObjectMapper();
    private final PreviousPurchaseMapper mapper = new PreviousPurchaseMapper(instant -> LegacyDate.of(instant, PACIFIC));

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyMemberFromItsV3Field() throws IOException {
        String written = json.writeValueAsString(mapper.purchase(resource("previous-purchase.v3.json")));
        assertThat(json.readTree(written)).isEqualTo(resource("previous-purchase.legacy.json"));
        assertThat(json.readTree(written).fieldNames()).toIterable()
                .containsExactly("AssetId", "DatePurchased", "OrderId", "UrlThumb");
        assertThat(written).contains("\"DatePurchased\":\"\\/Date(1701419400000-0800)\\/\"");
    }

    @Test
    void theOlderShapeWithImageIdAndANumericOrderId() throws IOException {
        assertThat(json.readTree(json.writeValueAsString(mapper.purchase(resource("previous-purchase-2015.v3.json")))))
                .isEqualTo(resource("previous-purchase-2015.legacy.json"));
    }
}
