package com.connectgateway.sandbox.v3;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * The Authorization rule of the v3 resources: a bearer token is optional on search and images
 * (it only unlocks download fields) but, when sent, must be a valid unexpired sandbox token.
 */
@ApplicationScoped
public class SandboxBearer {

    private static final String PREFIX = "bearer ";

    private final SandboxTokenIssuer issuer;

    SandboxBearer(SandboxTokenIssuer issuer) {
        this.issuer = issuer;
    }

    /** Empty without an Authorization header; throws 401 when the header holds no valid token. */
    Optional<SandboxTokenIssuer.Grantee> optional(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw SandboxV3Error.tokenRequired("Authorization must be a Bearer access token.");
        }
        String token = value.substring(PREFIX.length()).trim();
        return Optional.of(issuer.grantee(token).orElseThrow(
                () -> SandboxV3Error.tokenRequired("The access token is invalid or has expired.")));
    }

    /** For resources that always need a token (collections, downloads, boards). */
    SandboxTokenIssuer.Grantee required(String authorization) {
        return optional(authorization)
                .orElseThrow(() -> SandboxV3Error.tokenRequired("The access token is missing."));
    }
}
