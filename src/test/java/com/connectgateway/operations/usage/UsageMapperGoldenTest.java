package com.connectgateway.operations.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.usage.ReportUsageBody.AssetUsage;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain unit golden tests of ReportUsage: legacy AssetUsages to v3, v3's answer to the legacy body and StatusList. */
class UsageMapperGoldenTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRecordedBatchHasItsTotalAndNoInvalidAssets() throws IOException {
        OperationOutcome outcome = UsageMapper.outcome(resource("usage-recorded.v3.json"));
        assertThat(json.writeValueAsString(outcome.result())).isEqualTo("{\"TotalAssetUsagesProcessed\":5,\"InvalidAssets\":null}");
        assertThat(outcome.notes()).isEmpty();
    }

    @Test
    void aRefusedBatchListsItsInvalidAssetsWithAnErrorEach() throws IOException {
        OperationOutcome outcome = UsageMapper.outcome(resource("usage-invalid.v3.json"));
        assertThat(json.writeValueAsString(outcome.result()))
                .isEqualTo("{\"TotalAssetUsagesProcessed\":0,\"InvalidAssets\":[\"NotAnImage1\",\"NotAnImage2\"]}");
        assertThat(outcome.notes()).hasSize(2).allSatisfy(note -> {
            assertThat(note.type()).isEqualTo(StatusType.ERROR);
            assertThat(note.code()).isEqualTo("InvalidAssets");
            assertThat(note.message()).contains("nothing in this report was recorded");
        });
        assertThat(outcome.notes().get(0).message()).startsWith("Asset NotAnImage1 ");
    }

    @Test
    void invalidAssetsBesideRecordedUsagesAreWarnings() throws IOException {
        OperationOutcome outcome = UsageMapper.outcome(json.readTree("{\"total_asset_usages_processed\":3,\"invalid_assets\":[\"x\"]}"));
        assertThat(outcome.notes()).singleElement().satisfies(note -> assertThat(note.type()).isEqualTo(StatusType.WARNING));
    }

    @Test
    void legacyUsagesAsV3Takes() throws IOException {
        List<Map<String, Object>> usages = ReportUsageOperation.usages(List.of(
                new AssetUsage(" 100000001 ", 2, "2014-01-14"),
                new AssetUsage("100000002", 1, "2014-01-15T23:30:00-08:00"),
                new AssetUsage("100000003", 7, "/Date(1389657600000-0000)/")));
        assertThat(json.writeValueAsString(usages)).isEqualTo("[{\"asset_id\":\"100000001\",\"quantity\":2,\"usage_date\":\"2014-01-14\"},"
                + "{\"asset_id\":\"100000002\",\"quantity\":1,\"usage_date\":\"2014-01-15\"},"
                + "{\"asset_id\":\"100000003\",\"quantity\":7,\"usage_date\":\"2014-01-14\"}]");
    }

    @Test
    void everyUsageMemberIsRequired() {
        assertThat(code(List.of(new AssetUsage(null, 1, "2014-01-14")))).isEqualTo("InvalidAssets");
        assertThat(code(List.of(new AssetUsage("1", null, "2014-01-14")))).isEqualTo("InvalidRequest");
        assertThat(code(List.of(new AssetUsage("1", 0, "2014-01-14")))).isEqualTo("InvalidRequest");
        assertThat(code(List.of(new AssetUsage("1", 1, null)))).isEqualTo("InvalidRequest");
        assertThat(code(List.of(new AssetUsage("1", 1, "14/01/2014")))).isEqualTo("InvalidRequest");
        assertThat(code(List.of())).isEqualTo("InvalidRequest");
    }

    private static String code(List<AssetUsage> usages) {
        try {
            ReportUsageOperation.usages(usages);
            return null;
        } catch (LegacyFault fault) {
            return fault.code().wire();
        }
    }
}
