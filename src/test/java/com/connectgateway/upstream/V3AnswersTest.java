package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** v3 answer bodies are parsed from their bytes with the rules the String-based reading had. */
class V3AnswersTest {

    private final V3Answers answers = new V3Answers(new ObjectMapper());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void objectsAndNonAsciiText() {
        assertThat(answers.success(utf8(" {\"title\":\"Café de Flore\",\"n\":1}\n"), false).get("title").asText()).isEqualTo("Café de Flore");
    }

    @Test
    void arraysOnlyWhereAnEmptyAnswerIsAllowed() {
        assertThat(answers.success(utf8("[1,2]"), true).size()).isEqualTo(2);
        assertThatThrownBy(() -> answers.success(utf8("[1,2]"), false)).isInstanceOf(V3ServerFailure.class)
                .hasMessageContaining("without a JSON object");
    }

    @Test
    void blankBodies() {
        for (String blank : new String[] { "", " \r\n\t", "\u000B\u001C", "\u3000 " }) {
            assertThat(V3Answers.isBlank(utf8(blank))).as(blank).isEqualTo(blank.isBlank()).isTrue();
            assertThat(answers.success(utf8(blank), true).isMissingNode()).isTrue();
            assertThatThrownBy(() -> answers.success(utf8(blank), false)).isInstanceOf(V3ServerFailure.class);
        }
        for (String text : new String[] { "x", " {}", "\u00A0", "é" }) {
            assertThat(V3Answers.isBlank(utf8(text))).as(text).isEqualTo(text.isBlank());
        }
    }

    @Test
    void malformedAndScalarAnswersAreUnreadable() {
        for (String body : new String[] { "{\"a\":", "not json", "42", "\"text\"", "null" }) {
            assertThatThrownBy(() -> answers.success(utf8(body), true)).as(body).isInstanceOf(V3ServerFailure.class)
                    .extracting(failure -> ((V3ServerFailure) failure).errorCode()).isEqualTo("UnreadableAnswer");
        }
    }
}
