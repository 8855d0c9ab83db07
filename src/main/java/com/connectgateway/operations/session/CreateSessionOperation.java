package com.connectgateway.operations.session;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.session.CredentialMapper;
import com.connectgateway.session.SessionBroker;
import jakarta.enterprise.context.ApplicationScoped;

/** CreateSession: a user session (password grant) or, without UserName, an anonymous one. */
@ApplicationScoped
public class CreateSessionOperation extends SessionOperation<CreateSessionBody> {

    private final CredentialMapper credentials;
    private final SessionBroker broker;

    CreateSessionOperation(CredentialMapper credentials, SessionBroker broker) {
        this.credentials = credentials;
        this.broker = broker;
    }

    @Override
    public String name() {
        return "CreateSession";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_NO_TOKEN;
    }

    @Override
    public Class<CreateSessionBody> bodyType() {
        return CreateSessionBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<CreateSessionBody> call) {
        CreateSessionBody body = call.body();
        var api = credentials.toApiCredentials(body.systemId(), body.systemPassword());
        return OperationOutcome.of(SessionResult.of(broker.open(body.systemId(), api, body.userName(), body.userPassword())));
    }
}
