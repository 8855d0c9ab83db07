package com.connectgateway.operations.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Plain unit golden test: a v3 change set in, the exact legacy GetAssetChangesResponseBody out. */
class AssetChangeMapperGoldenTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final ObjectMapper json = new ObjectMapper();
    private final AssetChangeMapper mapper = new AssetChangeMapper(instant -> LegacyDate.of(instant, PACIFIC));

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyMemberFromItsV3Field() throws IOException {
        String written = json.writeValueAsString(mapper.result(resource("asset-changes.v3.json")));
        assertThat(json.readTree(written)).isEqualTo(resource("asset-changes.legacy.json"));
        assertThat(json.readTree(written).fieldNames()).toIterable().containsExactly("ChangedAssets", "TransactionId");
        assertThat(written).contains("\"AssetChangedDateTimeUtc\":\"\\/Date(1560533400000-0700)\\/\"");
    }

    @Test
    void theOlderPascalCaseNamesAreReadToo() throws IOException {
        String written = json.writeValueAsString(mapper.result(resource("asset-changes-2015.v3.json")));
        assertThat(written).isEqualTo("{\"ChangedAssets\":[{\"AssetChangedDateTimeUtc\":\"\\/Date(1389686400000-0800)\\/\","
                + "\"AssetId\":\"99\",\"AssetLifecycle\":\"New\",\"AssetType\":\"Image\",\"ChangedProperties\":[],"
                + "\"Url\":\"https://delivery.example/99.jpg\"}],\"TransactionId\":\"77\"}");
    }

    @Test
    void anEmptyAnswerIsNoAssetsAndNoTransaction() throws IOException {
        String none = "{\"ChangedAssets\":[],\"TransactionId\":null}";
        assertThat(json.writeValueAsString(mapper.result(MissingNode.getInstance()))).isEqualTo(none);
        assertThat(json.writeValueAsString(mapper.result(json.readTree("{}")))).isEqualTo(none);
    }

    @Test
    void lifecyclesInTheLegacyWords() {
        assertThat(AssetChangeMapper.lifecycle("New")).isEqualTo("New");
        assertThat(AssetChangeMapper.lifecycle("Update")).isEqualTo("Updated");
        assertThat(AssetChangeMapper.lifecycle("Delete")).isEqualTo("Deleted");
        assertThat(AssetChangeMapper.lifecycle("Archived")).isEqualTo("Archived");
        assertThat(AssetChangeMapper.lifecycle(null)).isNull();
    }
}
