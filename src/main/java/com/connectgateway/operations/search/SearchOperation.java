package com.connectgateway.operations.search;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.TransportRule;

/** What the search service's operations share: the path segment, and any token over any transport. */
abstract class SearchOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "search";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }
}
