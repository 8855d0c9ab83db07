package com.connectgateway.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.wire.LegacyResponse;
import com.connectgateway.wire.ResponseHeader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Envelopes become the bytes of the answer; one that cannot be written still answers in the legacy shape. */
class LegacyJsonResponsesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final LegacyJsonResponses responses = new LegacyJsonResponses(json);

    /** A result whose serialization fails, as a bug in a result type would. */
    public static final class Unwritable {
        public String getTitle() {
            throw new IllegalStateException("broken getter");
        }
    }

    @Test
    void anEnvelopeIsWrittenAsItsJson() throws Exception {
        LegacyResponse response = new LegacyResponse(new ResponseHeader(List.of(), TextNode.valueOf("c-1")), "Result",
                List.of("a"));
        JsonNode written = json.readTree(responses.bytes(response));
        assertThat(written.path("ResponseHeader").path("Status").asText()).isEqualTo("success");
        assertThat(written.path("ResponseHeader").path("CoordinationId").asText()).isEqualTo("c-1");
        assertThat(written.path("Result").get(0).asText()).isEqualTo("a");
    }

    @Test
    void aResultThatCannotBeWrittenBecomesASystemErrorWithTheSameCoordinationId() throws Exception {
        LegacyResponse response = new LegacyResponse(new ResponseHeader(List.of(), TextNode.valueOf("c-2")), "Result",
                new Unwritable());
        JsonNode written = json.readTree(responses.bytes(response));
        assertThat(written.path("ResponseHeader").path("Status").asText()).isEqualTo("error");
        assertThat(written.path("ResponseHeader").path("StatusList").get(0).path("Code").asText()).isEqualTo("SystemError");
        assertThat(written.path("ResponseHeader").path("CoordinationId").asText()).isEqualTo("c-2");
        assertThat(written.has("Result")).isFalse();
        assertThat(new String(responses.bytes(response))).doesNotContain("broken getter");
    }
}
