package com.connectgateway.session.redis;

import com.connectgateway.session.InMemorySessionStoreTest;
import com.connectgateway.session.SessionConfig;
import com.connectgateway.session.SessionLimitCounters;
import com.connectgateway.support.RandomKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Redis stores on a real server for plain unit tests: each with its own key prefix, so tests never see each other's keys. */
final class RedisFixture {

    private static final Vertx VERTX = Vertx.vertx();

    private RedisFixture() {
    }

    static RedisCommands commands(String url) {
        Redis client = Redis.createClient(VERTX, new RedisOptions().setConnectionString(url).setMaxPoolSize(16)
                .setMaxPoolWaiting(4096));
        return new RedisCommands(client, Duration.ofSeconds(2), Clock.systemUTC());
    }

    static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    static RedisSessionStore store(RedisCommands commands, String prefix, String key, SessionConfig config,
            SessionLimitCounters counters, Clock clock) {
        return new RedisSessionStore(commands, new SessionCipher(key, List.of()), new ObjectMapper(), prefix, config, counters, clock);
    }

    static RedisSessionStore store(RedisCommands commands, long maxSessions, long maxPerSystem, SessionLimitCounters counters,
            Clock clock) {
        return store(commands, uniquePrefix(), RandomKeys.base64(), InMemorySessionStoreTest.config(maxSessions, maxPerSystem, Duration.ofHours(1)),
                counters, clock);
    }
}
