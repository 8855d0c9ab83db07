package com.connectgateway.endpoint;

import com.connectgateway.operations.TransportRule;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.session.TokenKind;
import com.connectgateway.session.TokenMatch;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.RequestHeader;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies an operation's transport rule before it runs. Order matters: a SecureToken seen on plain
 * HTTP is revoked first (exactly that token), whatever else is wrong with the request, because it
 * has been exposed.
 */
@ApplicationScoped
public class TransportGuard {

    private final SessionBroker broker;

    TransportGuard(SessionBroker broker) {
        this.broker = broker;
    }

    /** The caller's session, or null for operations that take no token. */
    public TokenMatch admit(TransportRule rule, RequestHeader header, boolean secureTransport) {
        TokenMatch caller = null;
        if (header.hasToken()) {
            try {
                caller = broker.authenticate(header.token());
            } catch (LegacyFault fault) {
                if (rule.needsToken()) {
                    // A plain-HTTP call to an HTTPS-only operation is told so first, whatever its token.
                    if (rule.httpsOnly() && !secureTransport) {
                        throw new LegacyFault(StatusCode.OPERATION_REQUIRES_HTTPS);
                    }
                    throw fault;
                }
            }
        }
        if (caller != null && caller.kind() == TokenKind.SECURE && !secureTransport) {
            broker.revokeSecureToken(caller);
            throw new LegacyFault(StatusCode.SECURE_TOKEN_PASSED_OVER_HTTP);
        }
        if (rule.httpsOnly() && !secureTransport) {
            throw new LegacyFault(StatusCode.OPERATION_REQUIRES_HTTPS);
        }
        if (!rule.needsToken()) {
            return null;
        }
        if (caller == null) {
            throw new LegacyFault(StatusCode.AUTH_010, "A token is required.");
        }
        // Only HTTPS gets here for secure-only operations; there an /oauth2/token access token counts as secure.
        if (rule.secureTokenOnly() && !caller.kind().secureGrade()) {
            throw new LegacyFault(StatusCode.OPERATION_REQUIRES_SECURE_TOKEN);
        }
        return caller;
    }
}
