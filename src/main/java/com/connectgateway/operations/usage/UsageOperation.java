package com.connectgateway.operations.usage;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.TransportRule;

/**
 * What the usage operations share: the service segment {@code usage}, HTTPS only (the docs give
 * only an https endpoint) with any CreateSession token, user or application session, and the
 * {@code <Operation>ResponseBody} result member the docs name.
 */
abstract class UsageOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "usage";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_ANY_TOKEN;
    }

    @Override
    public String resultName() {
        return name() + "ResponseBody";
    }
}
