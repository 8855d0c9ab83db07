package com.connectgateway.operations.download;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Download tokens handed to legacy clients. */
@ConfigMapping(prefix = "gateway.download")
public interface DownloadConfig {

    /** How long a DownloadToken stays usable after it was issued (24 hours, as the legacy docs say). */
    @WithDefault("24H")
    Duration tokenExpiry();

    /**
     * Base64 HMAC-SHA256 key (at least 32 bytes) that signs download tokens. Replicas behind one
     * load balancer must share it. Absent: a random key per start (tokens die with a restart).
     */
    Optional<String> tokenKey();

    /**
     * Hand out {@code UrlAttachment} as {@code http://} instead of v3's {@code https://}, the form
     * the legacy service used. Only for clients that check the prefix (the WordPress plugin wants
     * {@code http://delivery.gettyimages.com/}): the signed download URL then travels unencrypted.
     */
    @WithDefault("false")
    boolean legacyHttpDeliveryUrls();
}
