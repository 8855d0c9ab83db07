package com.connectgateway.support;

import static com.connectgateway.support.JsonBody.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.hamcrest.StringDescription;
import org.junit.jupiter.api.Test;

/** JsonBody reads the paths the tests use the way REST Assured's JsonPath reads them. */
class JsonBodyTest {

    private static final String BODY = """
            {"Header":{"Status":"error","List":[{"Code":"A","N":1},{"Code":"B","N":2},null,{"N":3}]},
             "Big":12345678901,"Huge":123456789012345678901234,"Ratio":0.5,"Flag":true,
             "Nested":[[{"Id":"x"}],[{"Id":"y"},{"Id":"z"}]],"Nothing":null}
            """;

    private final JsonBody body = JsonBody.of(BODY);

    @Test
    void namesAndIndexesWalkTheTree() {
        assertThat(body.getString("Header.Status")).isEqualTo("error");
        assertThat(body.getString("Header.List[1].Code")).isEqualTo("B");
        assertThat(body.getString("Header.List[-1].N")).isEqualTo("3");
        assertThat(body.<String, Object>getMap("Header")).containsOnlyKeys("Status", "List");
        assertThat(body.<Object>get("$")).isInstanceOf(Map.class);
    }

    @Test
    void aNameOnAListCollectsItFromEveryElementSkippingNullElements() {
        assertThat(body.<String>getList("Header.List.Code")).containsExactly("A", "B", null);
        assertThat(body.<List<String>>getList("Nested.Id")).containsExactly(List.of("x"), List.of("y", "z"));
        assertThat(body.getList("Header.List.N", String.class)).containsExactly("1", "2", "3");
    }

    @Test
    void missingMembersAndIndexesAreNull() {
        assertThat(body.<Object>get("Header.Missing.Deeper")).isNull();
        assertThat(body.<Object>get("Header.List[9].Code")).isNull();
        assertThat(body.<Object>get("Header.Status.Code")).isNull();
        assertThat(body.<Object>get("Nothing")).isNull();
    }

    @Test
    void numbersHaveJsonPathsTypes() {
        assertThat(body.<Object>get("Header.List[0].N")).isEqualTo(1);
        assertThat(body.<Object>get("Big")).isEqualTo(12345678901L);
        assertThat(body.<Object>get("Huge")).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(body.<Object>get("Ratio")).isEqualTo(0.5f);
        assertThat(body.<Object>get("Flag")).isEqualTo(true);
        assertThat(body.getLong("Big")).isEqualTo(12345678901L);
    }

    @Test
    void groovyExpressionsAreRefusedRatherThanAnsweredNull() {
        assertThatThrownBy(() -> body.get("Header.List.findAll { it.N > 1 }")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> body.get("Header.List.flatten()")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedCheckSaysWhatThePathHeld() {
        var matcher = at("Header.List[0].Code", equalTo("B"));
        assertThat(matcher.matches(BODY)).isFalse();
        assertThat(StringDescription.toString(matcher)).contains("Header.List[0].Code").contains("\"B\"").contains("\"A\"");
        assertThat(at("Header.List[0].Code", equalTo("A")).matches(BODY)).isTrue();
    }
}
