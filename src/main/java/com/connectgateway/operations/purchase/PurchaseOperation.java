package com.connectgateway.operations.purchase;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.TransportRule;

/**
 * The service segment of the purchase operations, and their transport rule: HTTPS with a
 * SecureToken (or an {@code /oauth2/token} access token), as the docs give only an https endpoint
 * and ask for the secure token.
 */
abstract class PurchaseOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "purchase";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_SECURE_TOKEN;
    }
}
