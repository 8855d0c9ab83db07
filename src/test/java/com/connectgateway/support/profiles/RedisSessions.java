package com.connectgateway.support.profiles;

import com.connectgateway.support.RandomKeys;
import com.connectgateway.support.RedisServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The gateway with its sessions in Redis: a redis-server of its own (so a test may stop it) and an
 * encryption key made for this run, never one from the repository.
 */
public class RedisSessions implements QuarkusTestProfile {

    private static RedisServer server;

    /** The Redis of the running profile. */
    public static RedisServer server() {
        return server;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Resource.class));
    }

    public static class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            server = RedisServer.start();
            return Map.of("gateway.session.store", "redis",
                    "quarkus.redis.hosts", server.url(),
                    "gateway.session.redis.encryption-key", RandomKeys.base64(),
                    "gateway.session.redis.command-timeout", "1S");
        }

        @Override
        public void stop() {
            server.close();
        }
    }
}
