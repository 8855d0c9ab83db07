package com.connectgateway.sandbox;

import static com.connectgateway.sandbox.SandboxV3.v3;
import static com.connectgateway.support.JsonBody.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed or misplaced search parameter is a 400 InvalidParameterValue naming it. */
@QuarkusTest
class SandboxSearchValidationTest {

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "creative  | date_from                  | 2020-01-01",
        "creative  | sort_order                 | oldest",
        "          | sort_order                 | oldest",
        "creative  | sort_order                 | relevance",
        "creative  | editorial_segments         | sport",
        "creative  | specific_people            | Marco Bellandi",
        "editorial | exclude_nudity             | true",
        "editorial | graphical_styles           | fine_art",
        "editorial | date_from                  | 2020-13-01",
        "editorial | date_to                    | yesterday",
        "editorial | event_ids                  | 12,abc",
        "editorial | minimum_quality_rank       | 4",
        "          | date_from                  | 2020-01-01",
        "          | orientations               | diagonal",
        "          | page                       | 0",
        "          | page                       | two",
        "          | page_size                  | 0",
        "          | page_size                  | 101",
        "          | page_size                  | 1.5",
        "          | keyword_ids                | business",
        "          | embed_content_only         | maybe",
        "          | exclude_nudity             | yes",
        "          | file_types                 | jpg",
        "          | download_product           | gold",
        "          | download_product           | premiumaccess:abc",
        "          | collections_filter_type    | maybe",
        "          | graphical_styles_filter_type | only",
        "          | fields                     | detail_set,shoe_size",
        "          | license_models             | royaltyfree",
        "          | Phrase                     | dog",
    })
    void invalidParameter(String family, String parameter, String value) {
        String path = family == null ? "/sandbox/v3/search/images" : "/sandbox/v3/search/images/" + family;
        v3().queryParam(parameter, value).get(path).then()
                .statusCode(400)
                .body(at("ErrorCode", equalTo("InvalidParameterValue")))
                .body(at("ErrorMessage", containsString("'" + parameter + "'")));
    }
}
