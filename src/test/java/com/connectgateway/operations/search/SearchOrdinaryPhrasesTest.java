package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.SearchRequests.body;
import static com.connectgateway.support.SearchRequests.creative;
import static com.connectgateway.support.SearchRequests.editorial;
import static com.connectgateway.support.SearchRequests.part;
import static com.connectgateway.support.SearchRequests.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.connectgateway.support.JsonBody;
import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrases the official samples search, through SearchForImages against the sandbox: every
 * family answers with images and totals a paging sample can page through; gibberish finds nothing.
 */
@QuarkusTest
class SearchOrdinaryPhrasesTest {

    private String token;

    @BeforeEach
    void session() {
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    private static Map<String, Object> phrase(String phrase, int start, int count, UnaryOperator<Map<String, Object>> family) {
        Map<String, Object> body = family.apply(body(start, count));
        part(body, "Query").put("SearchPhrase", phrase);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = { "tree", "angelina jolie", "football", "christmas", "flower", "money", "obama" })
    void ordinaryWordsAndNamesAnswerInBothFamilies(String words) {
        for (UnaryOperator<Map<String, Object>> family : List.<UnaryOperator<Map<String, Object>>>of(
                b -> creative(b), b -> editorial(b))) {
            JsonBody result = search(token, phrase(words, 1, 25, family))
                    .body(at("ResponseHeader.Status", equalTo("success")))
                    .body(at("SearchForImagesResult.Images", hasSize(25)))
                    .extract().as(JsonBody.class);
            assertThat(result.getInt("SearchForImagesResult.ItemTotalCount")).as(words).isGreaterThanOrEqualTo(1000);
            assertThat(result.getList("SearchForImagesResult.Images.UrlPreview")).doesNotContainNull();
        }
    }

    @Test
    void aSampleCanPageThroughAPhrase() {
        List<String> first = search(token, phrase("flower", 1, 25, b -> creative(b))).extract().as(JsonBody.class)
                .getList("SearchForImagesResult.Images.ImageId");
        List<String> second = search(token, phrase("flower", 26, 25, b -> creative(b))).extract().as(JsonBody.class)
                .getList("SearchForImagesResult.Images.ImageId");
        assertThat(first).hasSize(25).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(25);
    }

    @Test
    void gibberishFindsNothing() {
        search(token, phrase("xqzvbnm qwrtpl", 1, 25, b -> creative(b)))
                .body(at("ResponseHeader.Status", equalTo("warning")))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("NoImages")))
                .body(at("SearchForImagesResult.Images", hasSize(0)));
    }
}
