package com.connectgateway.session.redis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shared session store ({@code gateway.session.store=redis}). Where Redis is comes from Quarkus's
 * own {@code quarkus.redis.hosts}; these settings say how the gateway uses it.
 */
@ConfigMapping(prefix = "gateway.session.redis")
public interface RedisStoreConfig {

    /** Prefix of every key the gateway writes, so several gateways (or other data) can share one Redis. */
    @WithDefault("cg:")
    String keyPrefix();

    /**
     * Base64 AES key (16, 24 or 32 bytes) that encrypts each stored session (AES-GCM). Required with
     * the Redis store; every replica needs the same one.
     */
    Optional<String> encryptionKey();

    /**
     * Keys that sessions may still be encrypted with after a rotation: read, never written. A session
     * is rewritten with {@link #encryptionKey()} at its next change.
     */
    Optional<List<String>> previousEncryptionKeys();

    /** Longest wait for one Redis command; past it the request fails with DependentServiceDown. */
    @WithDefault("2S")
    Duration commandTimeout();

    /**
     * How long one replica holds a session's refresh lease: the others wait for its new token
     * meanwhile. Above the token endpoint's timeout, so a lease outlives the grant it guards.
     */
    @WithDefault("10S")
    Duration refreshLease();
}
