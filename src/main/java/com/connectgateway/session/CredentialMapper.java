package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.upstream.ConstantTime;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import com.connectgateway.upstream.TokenEndpointInput;

/** Turns legacy system credentials into v3 API credentials, per the configured mode. */
@ApplicationScoped
public class CredentialMapper {

    private final CredentialsConfig config;

    CredentialMapper(CredentialsConfig config) {
        this.config = config;
    }

    /** @throws LegacyFault InvalidSystemIdOrPassword when the pair is missing, has a
     *         control character, or is not configured. */
    public ApiCredentials toApiCredentials(String systemId, String systemPassword) {
        if (isBlank(systemId) || isBlank(systemPassword)) {
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD, "SystemId and SystemPassword are required.");
        }
        if (!TokenEndpointInput.acceptable(systemId) || !TokenEndpointInput.acceptable(systemPassword)) {
            // Refused here, in every mode: such a value could never be a valid credential.
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
        }
        if (config.mode() == CredentialsConfig.Mode.PASS_THROUGH) {
            return new ApiCredentials(systemId, systemPassword);
        }
        CredentialsConfig.SystemMapping mapping = config.systems().get(systemId);
        if (mapping == null || !ConstantTime.equals(mapping.systemPassword(), systemPassword)) {
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
        }
        return new ApiCredentials(mapping.apiKey(), mapping.apiSecret());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
