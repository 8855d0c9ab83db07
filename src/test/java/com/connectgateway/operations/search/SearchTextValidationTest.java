package com.connectgateway.operations.search;

import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text v3 cannot take (a lone surrogate, or longer than the member's documented maximum) is
 * InvalidRequest naming the member, not a SystemError from deeper down.
 */
@QuarkusTest
class SearchTextValidationTest {

    /** A JSON string literal holding a lone high surrogate, escaped as clients send it. */
    private static final String LONE = "\"a\\ud800b\"";
    private static final String LONG = "\"" + "7".repeat(10_000) + "\"";

    private String token;

    @BeforeEach
    void session() {
        token = (String) LegacyApi.createUserSession().get("Token");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"Query\":{\"SearchPhrase\":%s}}", "{\"Query\":{\"KeywordIds\":[\"1\",%s]}}",
            "{\"Query\":{\"SpecificPersons\":[%s]}}", "{\"Filter\":{\"Refinements\":[{\"Category\":\"Concept\",\"Id\":%s}]}}" })
    void searchMembersRefuseLoneSurrogatesAndOverlongText(String template) {
        for (String value : new String[] { LONE, LONG }) {
            search(template.formatted(value))
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                    .body(at("SearchForImagesResult", nullValue()));
        }
    }

    @Test
    void phraseAtItsMaximumIsSearched() {
        String phrase = "dog ".repeat(SearchTextLimits.PHRASE / 4);
        search("{\"Query\":{\"SearchPhrase\":\"" + phrase + "\"}}")
                .body(at("ResponseHeader.StatusList.Code", not(org.hamcrest.Matchers.hasItem("InvalidRequest"))))
                .body(at("ResponseHeader.Status", not(equalTo("error"))));
        search("{\"Query\":{\"SearchPhrase\":\"" + phrase + "x\"}}")
                .body(at("ResponseHeader.StatusList[0].Message", containsString("Query.SearchPhrase")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/v1/search/GetImageDetails|{\"ImageIds\":[%s]}",
            "/v1/download/GetLargestImageDownloadAuthorizations|{\"Images\":[{\"ImageId\":%s}]}" })
    void imageIdsRefuseLoneSurrogatesAndOverlongIds(String pathAndBody) {
        String path = pathAndBody.substring(0, pathAndBody.indexOf('|'));
        String body = pathAndBody.substring(pathAndBody.indexOf('|') + 1);
        String operation = path.substring(path.lastIndexOf('/') + 1);
        for (String value : new String[] { LONE, "\"" + "7".repeat(33) + "\"", LONG }) {
            LegacyApi.post(LegacyApi.overHttp(), path, envelope(operation + "RequestBody", body.formatted(value)))
                    .body(at("ResponseHeader.Status", equalTo("error")))
                    .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidRequest")))
                    .body(at(operation + "Result", nullValue()));
        }
    }

    private io.restassured.response.ValidatableResponse search(String body) {
        String withOptions = body.substring(0, body.length() - 1) + ",\"ResultOptions\":{\"ItemCount\":5,\"ItemStartNumber\":1}}";
        return LegacyApi.post(LegacyApi.overHttp(), "/v2/search/SearchForImages", envelope("SearchForImagesRequestBody", withOptions));
    }

    private String envelope(String bodyName, String body) {
        return "{\"RequestHeader\":{\"Token\":\"" + token + "\"},\"" + bodyName + "\":" + body + "}";
    }
}
