package com.connectgateway.operations.session;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.session.CredentialMapper;
import com.connectgateway.session.SessionBroker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** RenewSession: over HTTPS with the SecureToken and the same system credentials; a new pair. */
@ApplicationScoped
public class RenewSessionOperation extends SessionOperation<SystemCredentialsBody> {

    private final CredentialMapper credentials;
    private final SessionBroker broker;

    RenewSessionOperation(CredentialMapper credentials, SessionBroker broker) {
        this.credentials = credentials;
        this.broker = broker;
    }

    @Override
    public String name() {
        return "RenewSession";
    }

    @Override
    public List<String> bodyNames() {
        // Older clients still send the body under its previous name.
        return List.of("RenewSessionRequestBody", "RenewTokenRequestBody");
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_SECURE_TOKEN;
    }

    @Override
    public Class<SystemCredentialsBody> bodyType() {
        return SystemCredentialsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<SystemCredentialsBody> call) {
        var api = credentials.toApiCredentials(call.body().systemId(), call.body().systemPassword());
        return OperationOutcome.of(SessionResult.of(broker.renew(call.caller(), api)));
    }
}
