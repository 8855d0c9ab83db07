package com.connectgateway.session.redis;

/**
 * The store's Lua scripts. Each runs atomically in Redis, so admission within the quotas, a
 * compare-and-set update and its index changes are one step for every replica. Key layout (after
 * the prefix): {@code s:<id>} hash of the sealed session {@code e}, its version {@code v}, legacy
 * expiry {@code x} (epoch ms) and system tag {@code s}; {@code d:<digest>} → session id;
 * {@code sys:<tag>} and {@code all}: sorted sets of session ids by legacy expiry, which the quotas
 * count. Every key but the sorted sets carries a TTL of expiry plus retention.
 */
final class SessionScripts {

    private SessionScripts() {
    }

    /**
     * Drops the longest-expired session of a sorted set to make room: 2 when one was dropped now, 1
     * when its record had already expired away (room all the same), 0 when none has expired. A
     * session renewed since it was scored moves back in line.
     */
    private static final String DROP_EXPIRED = """
            local function drop_expired(zset, all, prefix, now, retention)
              redis.call('ZREMRANGEBYSCORE', zset, '-inf', '(' .. (now - retention))
              while true do
                local first = redis.call('ZRANGE', zset, 0, 0, 'WITHSCORES')
                if #first == 0 or tonumber(first[2]) > now then return 0 end
                local victim = first[1]
                local key = prefix .. 's:' .. victim
                local held = redis.call('HMGET', key, 'x', 's')
                if held[1] and tonumber(held[1]) > now then
                  redis.call('ZADD', zset, held[1], victim)
                else
                  redis.call('ZREM', zset, victim)
                  redis.call('ZREM', all, victim)
                  if held[2] then redis.call('ZREM', prefix .. 'sys:' .. held[2], victim) end
                  if not held[1] then return 1 end
                  redis.call('DEL', key)
                  return 2
                end
              end
            end
            """;

    /**
     * KEYS: session, system set, all set. ARGV: id, now, expiry, ttl, quota, max, sealed value,
     * system tag, prefix, retention, digests... Answers {admission, dropped for the system, dropped
     * for the store}.
     */
    static final String ADD = DROP_EXPIRED + """
            local id, now, exp, ttl = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]
            local quota, max, prefix, retention = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[9], tonumber(ARGV[10])
            local for_system, for_store = 0, 0
            if redis.call('EXISTS', KEYS[1]) == 0 then
              if redis.call('ZCARD', KEYS[2]) >= quota then
                for_system = drop_expired(KEYS[2], KEYS[3], prefix, now, retention)
                if for_system == 0 then return {'SYSTEM_QUOTA_REACHED', 0, 0} end
              end
              if redis.call('ZCARD', KEYS[3]) >= max then
                for_store = drop_expired(KEYS[3], KEYS[3], prefix, now, retention)
                if for_store == 0 then return {'STORE_FULL', for_system, 0} end
              end
            end
            redis.call('HINCRBY', KEYS[1], 'v', 1)
            redis.call('HSET', KEYS[1], 'e', ARGV[7], 'x', exp, 's', ARGV[8])
            redis.call('PEXPIRE', KEYS[1], ttl)
            for i = 11, #ARGV do redis.call('SET', prefix .. 'd:' .. ARGV[i], id, 'PX', ttl) end
            redis.call('ZADD', KEYS[2], exp, id)
            redis.call('ZADD', KEYS[3], exp, id)
            return {'ADMITTED', for_system, for_store}
            """;

    /**
     * Compare-and-set. KEYS: session, system set, all set. ARGV: expected version, sealed value,
     * expiry, ttl, id, prefix, number of kept digests, kept digests..., dropped digests... Answers 1
     * when written, 0 when the version moved (read again), -1 when the session is gone.
     */
    static final String UPDATE = """
            local current = redis.call('HGET', KEYS[1], 'v')
            if not current then return -1 end
            if current ~= ARGV[1] then return 0 end
            local ttl, id, prefix, kept = ARGV[4], ARGV[5], ARGV[6], tonumber(ARGV[7])
            redis.call('HSET', KEYS[1], 'v', tonumber(current) + 1, 'e', ARGV[2], 'x', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ttl)
            for i = 8, 7 + kept do redis.call('SET', prefix .. 'd:' .. ARGV[i], id, 'PX', ttl) end
            for i = 8 + kept, #ARGV do
              local key = prefix .. 'd:' .. ARGV[i]
              if redis.call('GET', key) == id then redis.call('DEL', key) end
            end
            redis.call('ZADD', KEYS[2], 'XX', ARGV[3], id)
            redis.call('ZADD', KEYS[3], 'XX', ARGV[3], id)
            return 1
            """;

    /** KEYS: digest. ARGV: prefix. Answers {session id, sealed value} or nil: one round trip per legacy request. */
    static final String FIND_BY_DIGEST = """
            local id = redis.call('GET', KEYS[1])
            if not id then return nil end
            local sealed = redis.call('HGET', ARGV[1] .. 's:' .. id, 'e')
            if not sealed then return nil end
            return {id, sealed}
            """;

    /** KEYS: lease. ARGV: owner. Lets the lease go only if this owner still holds it. */
    static final String RELEASE_LEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;
}
