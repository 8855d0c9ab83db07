package com.connectgateway.operations.session;

import com.connectgateway.operations.LegacyOperation;

/** The service segment shared by the session operations. */
abstract class SessionOperation<B> implements LegacyOperation<B> {

    @Override
    public String service() {
        return "session";
    }
}
