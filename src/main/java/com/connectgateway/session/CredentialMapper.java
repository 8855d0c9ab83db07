package com.connectgateway.session;

import com.connectgateway.upstream.ApiCredentials;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Turns legacy system credentials into v3 API credentials, per the configured mode. */
@ApplicationScoped
public class CredentialMapper {

    private final CredentialsConfig config;

    CredentialMapper(CredentialsConfig config) {
        this.config = config;
    }

    /** @throws LegacyFault InvalidSystemIdOrPassword when the pair is missing or not configured. */
    public ApiCredentials toApiCredentials(String systemId, String systemPassword) {
        if (isBlank(systemId) || isBlank(systemPassword)) {
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD, "SystemId and SystemPassword are required.");
        }
        if (config.mode() == CredentialsConfig.Mode.PASS_THROUGH) {
            return new ApiCredentials(systemId, systemPassword);
        }
        CredentialsConfig.SystemMapping mapping = config.systems().get(systemId);
        if (mapping == null || !constantTimeEquals(mapping.systemPassword(), systemPassword)) {
            throw new LegacyFault(StatusCode.INVALID_SYSTEM_ID_OR_PASSWORD);
        }
        return new ApiCredentials(mapping.apiKey(), mapping.apiSecret());
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
