package com.connectgateway.session;

import com.connectgateway.session.redis.RedisSessions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Picks the session store ({@code gateway.session.store}) and the refresh leases that go with it. */
@ApplicationScoped
class SessionStores {

    @Produces
    @ApplicationScoped
    SessionStore store(SessionConfig config, Instance<InMemorySessionStore> memory, Instance<RedisSessions> redis) {
        return config.store() == SessionConfig.StoreKind.REDIS ? redis.get().store() : memory.get();
    }

    void refuseIncompleteRedisSettings(@Observes StartupEvent event, SessionConfig config, Instance<RedisSessions> redis) {
        if (config.store() == SessionConfig.StoreKind.REDIS) {
            redis.get().validate();
        }
    }

    @Produces
    @ApplicationScoped
    RefreshLeases leases(SessionConfig config, Instance<RedisSessions> redis) {
        return config.store() == SessionConfig.StoreKind.REDIS ? redis.get().leases() : RefreshLeases.LOCAL;
    }
}
