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

    private static void assertInvalid(byte[] body, String message) {
        assertThatThrownBy(() -> new LegacyRequestReader().read(body))
                .isInstanceOfSatisfying(LegacyFault.class, fault -> {
                    assertThat(fault.code()).isEqualTo(StatusCode.INVALID_REQUEST);
                    assertThat(fault.getMessage()).isEqualTo(message);
                });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textAfterTheBodyIsRefusedButWhitespaceIsNot() {
        String valid = "{\"RequestHeader\":{}}";
        assertInvalid(utf8(valid + " xyz"), "The request body has more text after its JSON object.");
        assertInvalid(utf8(valid + "{}"), "The request body has more text after its JSON object.");
        assertInvalid(utf8(valid + "]"), "The request body has more text after its JSON object.");
        assertThat(read(valid + " \r\n\t").header().hasToken()).isFalse();
    }

    @Test
    void overlongAndOtherInvalidUtf8IsRefused() {
        byte[] prefix = utf8("{\"RequestHeader\":{},\"X\":\"a");
        byte[][] invalid = {
            {(byte) 0xC0, (byte) 0xAF}, // overlong "/"
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong "/" in three bytes
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
        };
        for (byte[] sequence : invalid) {
            byte[] body = new byte[prefix.length + sequence.length + 3];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(sequence, 0, body, prefix.length, sequence.length);
            System.arraycopy(utf8("\"}}"), 0, body, prefix.length + sequence.length, 3);
            assertInvalid(body, "The request body is not valid UTF-8 text.");
            assertThat(reader.coordinationIdOf(body).isNull()).isTrue();
        }
        assertThat(read("{\"RequestHeader\":{\"Token\":\"caf\u00e9 \ud83d\udc36\"}}").header().token()).isEqualTo("caf\u00e9 \ud83d\udc36");
    }

    @Test
    void utf16BodiesAreStillRead() {
        byte[] body = "{\"RequestHeader\":{\"Token\":\"caf\u00e9\"}}".getBytes(StandardCharsets.UTF_16BE);
        assertThat(reader.read(body).header().token()).isEqualTo("caf\u00e9");
    }

    @Test
    void aMemberNamedTwiceIsRefusedWhateverItsCase() {
        assertInvalid(utf8("{\"RequestHeader\":{\"Token\":\"a\",\"token\":\"b\"}}"),
                "RequestHeader.token is given more than once (member names are matched ignoring case).");
        assertInvalid(utf8("{\"RequestHeader\":{\"Token\":\"a\",\"Token\":\"b\"}}"),
                "Token is given more than once (member names are matched ignoring case).");
        assertInvalid(utf8("{\"RequestHeader\":{},\"B\":{\"Ids\":[{\"Id\":1,\"ID\":2}]}}"),
                "B.Ids.[0].ID is given more than once (member names are matched ignoring case).");
        // The CoordinationId of such a request is still echoed.
        assertThat(reader.coordinationIdOf(utf8("{\"RequestHeader\":{\"CoordinationId\":\"c\",\"Token\":1,\"Token\":2}}")).asText())
                .isEqualTo("c");
    }
}
