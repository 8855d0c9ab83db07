package com.connectgateway.operations.session;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.session.CredentialMapper;
import com.connectgateway.session.SessionBroker;
import jakarta.enterprise.context.ApplicationScoped;

/** CreateApplicationSession: system credentials only, the same as an anonymous CreateSession. */
@ApplicationScoped
public class CreateApplicationSessionOperation extends SessionOperation<SystemCredentialsBody> {

    private final CredentialMapper credentials;
    private final SessionBroker broker;

    CreateApplicationSessionOperation(CredentialMapper credentials, SessionBroker broker) {
        this.credentials = credentials;
        this.broker = broker;
    }

    @Override
    public String name() {
        return "CreateApplicationSession";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_NO_TOKEN;
    }

    @Override
    public Class<SystemCredentialsBody> bodyType() {
        return SystemCredentialsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<SystemCredentialsBody> call) {
        SystemCredentialsBody body = call.body();
        var api = credentials.toApiCredentials(body.systemId(), body.systemPassword());
        return OperationOutcome.of(SessionResult.of(broker.open(body.systemId(), api, null, null)));
    }
}
