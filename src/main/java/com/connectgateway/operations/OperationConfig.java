package com.connectgateway.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of one legacy operation as a whole, however many v3 calls it makes. */
@ConfigMapping(prefix = "gateway.operation")
public interface OperationConfig {

    /**
     * Longest a legacy operation may take. Every v3 call it makes waits at most what is left, no
     * call or retry starts after it, and the operation answers with what it has by then.
     */
    @WithDefault("15S")
    Duration deadline();

    /**
     * Most v3 calls one operation runs at once when it has independent ones (download items, id
     * batches, the two family searches); all operations together stay within the bulkhead.
     */
    @WithDefault("8")
    int parallelism();
}
