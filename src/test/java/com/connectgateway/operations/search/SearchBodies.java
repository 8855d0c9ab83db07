package com.connectgateway.operations.search;

import com.connectgateway.wire.LegacyRequestReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Binds a legacy search body built with {@code SearchRequests} the way the gateway does, without a server. */
final class SearchBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LegacyRequestReader READER = new LegacyRequestReader();

    private SearchBodies() {
    }

    static SearchForImagesBody bind(Map<String, Object> body) {
        return READER.bind(JSON.valueToTree(body), "SearchForImagesRequestBody", SearchForImagesBody.class);
    }

    /** Validates and translates as the operation does, with the given collection codes standing in for v3's. */
    static SearchPlan plan(Map<String, Object> body, boolean userSession, String... collectionCodes) {
        SearchForImagesBody bound = bind(body);
        SearchRequestValidator.validate(bound);
        return SearchRequestTranslator.translate(bound, java.util.List.of(collectionCodes), userSession);
    }

    /** The v3 query of a one-family plan. */
    static Map<String, String> query(Map<String, Object> body) {
        SearchPlan plan = plan(body, true);
        if (plan.segments().size() != 1) {
            throw new AssertionError("expected one family search, got " + plan.segments());
        }
        return plan.segments().get(0).query();
    }

}
