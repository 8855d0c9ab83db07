package com.connectgateway.session.redis;

import com.connectgateway.session.SessionQuotaRules;
import com.connectgateway.session.SessionStore;
import com.connectgateway.support.RedisServer;
import io.vertx.redis.client.Command;

/** The session limits kept by the Redis store, on a real redis-server: the same rules as the in-memory store. */
class RedisSessionQuotaTest extends SessionQuotaRules {

    private final RedisCommands redis = RedisFixture.commands(RedisServer.shared().url());
    private String prefix;

    @Override
    protected SessionStore store(long maxSessions, long maxPerSystem) {
        RedisSessionStore store = RedisFixture.store(redis, maxSessions, maxPerSystem, counters, clock);
        prefix = store.prefix();
        return store;
    }

    @Override
    protected long size(SessionStore store) {
        return redis.send(Command.ZCARD, prefix + "all").toLong();
    }
}
