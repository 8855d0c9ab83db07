package com.connectgateway.session.redis;

import com.connectgateway.session.RefreshLeases;
import com.connectgateway.session.SessionConfig;
import com.connectgateway.session.SessionLimitCounters;
import com.connectgateway.session.SessionStore;
import com.connectgateway.upstream.UpstreamConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds the Redis store and its refresh leases on Quarkus's Redis client ({@code quarkus.redis.hosts}),
 * only when {@code gateway.session.store=redis}: with the memory store nothing here connects.
 */
@ApplicationScoped
public class RedisSessions {

    private final Instance<Redis> client;
    private final RedisStoreConfig config;
    private final SessionConfig sessions;
    private final UpstreamConfig upstream;
    private final SessionLimitCounters counters;
    private final ObjectMapper json;
    private final Clock clock;
    private RedisCommands commands;

    RedisSessions(Instance<Redis> client, RedisStoreConfig config, SessionConfig sessions, UpstreamConfig upstream,
            SessionLimitCounters counters, ObjectMapper json, Clock clock) {
        this.client = client;
        this.config = config;
        this.sessions = sessions;
        this.upstream = upstream;
        this.counters = counters;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Refuses incomplete settings at start (Quarkus prints the message alone and exits with status 1)
     * rather than at the first request. Connects to nothing: Redis may come up after the gateway.
     */
    public void validate() {
        cipher();
        lease();
    }

    public SessionStore store() {
        return new RedisSessionStore(commands(), cipher(), json, config.keyPrefix(), sessions, counters, clock);
    }

    public RefreshLeases leases() {
        return new RedisRefreshLeases(commands(), config.keyPrefix(), lease());
    }

    private SessionCipher cipher() {
        String key = config.encryptionKey().orElseThrow(() -> new ConfigurationException(
                "gateway.session.store=redis needs gateway.session.redis.encryption-key (GATEWAY_SESSION_REDIS_ENCRYPTION_KEY):"
                        + " a base64 AES key shared by every replica, e.g. from: openssl rand -base64 32"));
        try {
            return new SessionCipher(key, config.previousEncryptionKeys().orElse(List.of()));
        } catch (IllegalStateException refused) {
            throw new ConfigurationException(refused.getMessage());
        }
    }

    private Duration lease() {
        if (config.refreshLease().compareTo(upstream.tokenTimeout()) <= 0) {
            throw new ConfigurationException("gateway.session.redis.refresh-lease (" + config.refreshLease()
                    + ") must be longer than gateway.upstream.token-timeout (" + upstream.tokenTimeout() + ")");
        }
        return config.refreshLease();
    }

    private synchronized RedisCommands commands() {
        if (commands == null) {
            commands = new RedisCommands(client.get(), config.commandTimeout(), clock);
        }
        return commands;
    }
}
