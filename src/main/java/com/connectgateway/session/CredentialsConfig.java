package com.connectgateway.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** How legacy SystemId/SystemPassword become a v3 API key and secret. */
@ConfigMapping(prefix = "gateway.credentials")
public interface CredentialsConfig {

    enum Mode {
        /** SystemId is the API key and SystemPassword the API secret. */
        PASS_THROUGH,
        /** Only the systems listed under {@code gateway.credentials.systems} are accepted. */
        MAPPED
    }

    @WithDefault("pass-through")
    Mode mode();

    /** Keyed by legacy SystemId. */
    Map<String, SystemMapping> systems();

    interface SystemMapping {
        /** The legacy SystemPassword clients send. */
        String systemPassword();

        String apiKey();

        String apiSecret();
    }
}
