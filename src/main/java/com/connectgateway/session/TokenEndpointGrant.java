package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.TokenEndpoint;
import com.connectgateway.upstream.TokenGrant;
import com.connectgateway.upstream.UpstreamToken;
import jakarta.enterprise.context.ApplicationScoped;

/** The production {@link UpstreamGrant}: the real token endpoint. */
@ApplicationScoped
class TokenEndpointGrant implements UpstreamGrant {

    private final TokenEndpoint tokenEndpoint;

    TokenEndpointGrant(TokenEndpoint tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    @Override
    public UpstreamToken grant(ApiCredentials credentials, TokenGrant grant) {
        return tokenEndpoint.grant(credentials, grant);
    }
}
