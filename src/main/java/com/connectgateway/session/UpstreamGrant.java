package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamToken;

/** One grant at the upstream token endpoint; an interface so the refresh logic can be tested alone. */
@FunctionalInterface
interface UpstreamGrant {

    /** @throws TokenEndpointException when no token was issued */
    UpstreamToken grant(ApiCredentials credentials, TokenGrant grant);
}
