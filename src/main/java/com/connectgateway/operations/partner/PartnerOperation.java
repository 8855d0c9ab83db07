package com.connectgateway.operations.partner;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.TransportRule;

/**
 * What the partner ingestion operations share: the service segment {@code partnerassetingestion},
 * any transport with any CreateSession token (the docs give a plain-HTTP endpoint; a SecureToken
 * still only over HTTPS), and the {@code <Operation>ResponseBody} result member the docs name
 * (not the {@code Result} most other services use). A channel's change sets belong to the
 * partner's key, so application sessions are served as well as user sessions.
 */
abstract class PartnerOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "partnerassetingestion";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    @Override
    public String resultName() {
        return name() + "ResponseBody";
    }
}
