package com.connectgateway.session.redis;

import com.connectgateway.session.RefreshLeases;
import com.connectgateway.wire.LegacyFault;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refresh leases as Redis keys ({@code SET NX PX}): whoever set the key holds the lease until it deletes it or it lapses. */
final class RedisRefreshLeases implements RefreshLeases {

    private final RedisCommands redis;
    private final String prefix;
    private final Duration lease;

    RedisRefreshLeases(RedisCommands redis, String prefix, Duration lease) {
        this.redis = redis;
        this.prefix = prefix;
        this.lease = lease;
    }

    @Override
    public Optional<Lease> tryTake(String sessionId) {
        String key = prefix + "lease:" + sessionId;
        String owner = UUID.randomUUID().toString();
        Response taken = redis.send(Command.SET, key, owner, "NX", "PX", Long.toString(lease.toMillis()));
        if (taken == null) {
            return Optional.empty();
        }
        return Optional.of(() -> {
            try {
                redis.eval(SessionScripts.RELEASE_LEASE, List.of(key), List.of(owner));
            } catch (LegacyFault down) {
                // Redis is gone: the lease lapses by itself, and the refresh it guarded has finished.
            }
        });
    }
}
