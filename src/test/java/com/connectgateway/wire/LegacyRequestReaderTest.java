package com.connectgateway.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyRequestReaderTest {

    enum Family {
        CREATIVE, EDITORIAL
    }

    record Body(@JsonProperty("ItemCount") Integer itemCount,
            @JsonProperty("IncludeKeywords") Boolean includeKeywords,
            @JsonProperty("ImageFamilies") List<Family> families,
            @JsonProperty("Name") String name) {
    }

    private final LegacyRequestReader reader = new LegacyRequestReader();

    private LegacyRequest read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private Body bind(String bodyJson) {
        LegacyRequest request = read("{\"RequestHeader\":{},\"TestRequestBody\":" + bodyJson + "}");
        ObjectNode body = request.body(List.of("TestRequestBody"));
        return reader.bind(body, "TestRequestBody", Body.class);
    }

    @Test
    void numbersAndBooleansSentAsStrings() {
        Body body = bind("{\"ItemCount\":\"25\",\"IncludeKeywords\":\"false\",\"Name\":12}");
        assertThat(body.itemCount()).isEqualTo(25);
        assertThat(body.includeKeywords()).isFalse();
        assertThat(body.name()).isEqualTo("12");
    }

    @Test
    void enumValuesInAnyCaseAndSingleValuesAsLists() {
        assertThat(bind("{\"ImageFamilies\":[\"Creative\",\"editorial\"]}").families())
                .containsExactly(Family.CREATIVE, Family.EDITORIAL);
        assertThat(bind("{\"ImageFamilies\":\"EDITORIAL\"}").families()).containsExactly(Family.EDITORIAL);
    }

    @Test
    void memberNamesInAnyCaseNullsAndExtras() {
        Body body = bind("{\"itemcount\":3,\"INCLUDEKEYWORDS\":null,\"Unknown\":{\"deep\":[1]},\"name\":\"\"}");
        assertThat(body.itemCount()).isEqualTo(3);
        assertThat(body.includeKeywords()).isNull();
        assertThat(body.name()).isEmpty();
        // An empty string where a number belongs reads as absent, as old form-building clients send it.
        assertThat(bind("{\"ItemCount\":\"\"}").itemCount()).isNull();
    }

    @Test
    void wrongTypeNamesTheMember() {
        assertThatThrownBy(() -> bind("{\"ItemCount\":\"many\"}"))
                .isInstanceOfSatisfying(LegacyFault.class, fault -> {
                    assertThat(fault.code()).isEqualTo(StatusCode.INVALID_REQUEST);
                    assertThat(fault.getMessage()).isEqualTo("TestRequestBody.ItemCount has a value of the wrong type.");
                });
        assertThatThrownBy(() -> bind("{\"ItemCount\":{\"a\":1}}")).isInstanceOf(LegacyFault.class);
    }

    @Test
    void headerTokenIsTrimmedAndBlankMeansNone() {
        assertThat(read("{\"RequestHeader\":{\"Token\":\"  abc  \"}}").header().token()).isEqualTo("abc");
        assertThat(read("{\"RequestHeader\":{\"Token\":\"\"}}").header().hasToken()).isFalse();
        assertThat(read("{\"RequestHeader\":{\"Token\":12345}}").header().token()).isEqualTo("12345");
        assertThatThrownBy(() -> read("{\"RequestHeader\":{\"Token\":{\"x\":1}}}")).isInstanceOf(LegacyFault.class);
    }

    @Test
    void coordinationIdOfUnreadableRequestsIsBestEffort() {
        assertThat(reader.coordinationIdOf("{\"RequestHeader\":{\"CoordinationId\":\"c\"}".getBytes(StandardCharsets.UTF_8)).isNull())
                .isTrue();
        assertThat(reader.coordinationIdOf("{\"RequestHeader\":{\"CoordinationId\":\"c\"}}".getBytes(StandardCharsets.UTF_8)).asText())
                .isEqualTo("c");
    }

    @Test
    void tokenNeverAppearsInTheHeadersStringForm() {
        assertThat(read("{\"RequestHeader\":{\"Token\":\"secret-token-value\"}}").header().toString())
                .doesNotContain("secret-token-value");
    }
}
