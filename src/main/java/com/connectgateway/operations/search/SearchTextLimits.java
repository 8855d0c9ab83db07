package com.connectgateway.operations.search;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.util.List;

/**
 * The longest text each SearchForImages member may hold. Everything ends up in a v3 query string,
 * and v3 answers an over-long URL with 414, so the limits keep a search inside it and name the member.
 */
final class SearchTextLimits {

    /** Query.SearchPhrase. */
    static final int PHRASE = 1000;
    /** Each of Query.KeywordIds and Filter.Refinements[].Id. */
    static final int ID = 64;
    /** Each of Query.SpecificPersons (names, not ids). */
    static final int PERSON = 200;

    private SearchTextLimits() {
    }

    /** @throws LegacyFault InvalidRequest when the value is longer than {@code max} */
    static void check(String value, int max, String member) {
        if (value != null && value.length() > max) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, member + " may be at most " + max + " characters long.");
        }
    }

    static void checkEach(List<String> values, int max, String member) {
        if (values != null) {
            values.forEach(value -> check(value, max, member));
        }
    }
}
