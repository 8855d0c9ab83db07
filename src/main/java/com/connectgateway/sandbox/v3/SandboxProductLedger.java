package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxProducts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * How many downloads each of the sandbox user's products has left. A null count means unlimited.
 * Every method is synchronized: a check-and-decrement must not let two concurrent downloads take
 * the last one.
 */
@ApplicationScoped
public class SandboxProductLedger {

    /** Outcome of taking one download from a product. */
    enum Take {
        TAKEN, EXHAUSTED
    }

    // A HashMap because unlimited products hold a null count, which ConcurrentHashMap refuses.
    private final Map<String, Integer> remaining = new HashMap<>();

    /** In {@code @PostConstruct}, not the constructor, which the client proxy also runs. */
    @PostConstruct
    public synchronized void reset() {
        remaining.clear();
        SandboxProducts.ALL.forEach(product -> remaining.put(product.id(), product.downloadLimit()));
    }

    /** Downloads left, or null for an unlimited product. */
    synchronized Integer remaining(String productId) {
        return remaining.get(productId);
    }

    /** Takes one download unless the count is at zero; unlimited products always give one. */
    synchronized Take take(String productId) {
        if (!remaining.containsKey(productId)) {
            throw new IllegalArgumentException("Not a sandbox product: " + productId);
        }
        Integer left = remaining.get(productId);
        if (left == null) {
            return Take.TAKEN;
        }
        if (left <= 0) {
            return Take.EXHAUSTED;
        }
        remaining.put(productId, left - 1);
        return Take.TAKEN;
    }

    /**
     * Sets the count (tests drive a product to its limit this way); false for an unknown product.
     * An unlimited product given a count becomes limited until the next reset.
     */
    public synchronized boolean set(String productId, int downloadsRemaining) {
        if (!remaining.containsKey(productId)) {
            return false;
        }
        remaining.put(productId, downloadsRemaining);
        return true;
    }
}
