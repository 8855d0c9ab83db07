package com.connectgateway.observability;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.MDC;

/**
 * Finds the {@link RequestObservation} of the request the current thread works for: a local of the
 * request's duplicated Vert.x context (the event loop, and the worker thread Quarkus runs the
 * resource on), or, on a fan-out helper thread that has no Vert.x context, what
 * {@link #propagating} handed over.
 */
public final class CurrentRequest {

    private static final String KEY = "com.connectgateway.observability.request";
    private static final ThreadLocal<RequestObservation> HANDED_OVER = new ThreadLocal<>();

    private CurrentRequest() {
    }

    static void attach(RequestObservation observation) {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(KEY, observation);
        }
    }

    /** The current request's observation; null outside a legacy request. */
    public static RequestObservation get() {
        RequestObservation handed = HANDED_OVER.get();
        if (handed != null) {
            return handed;
        }
        if (!VertxContext.isOnDuplicatedContext()) {
            return null;
        }
        Optional<RequestObservation> local = ContextLocals.get(KEY);
        return local.orElse(null);
    }

    /**
     * {@code work} as it should run on another thread for this request: with its observation and
     * log context, both removed again afterwards (helper threads are pooled).
     */
    public static Runnable propagating(Runnable work) {
        RequestObservation observation = get();
        Map<String, Object> mdc = MDC.getMap();
        if (observation == null && mdc.isEmpty()) {
            return work;
        }
        Map<String, Object> context = Map.copyOf(mdc);
        return () -> {
            HANDED_OVER.set(observation);
            context.forEach(MDC::put);
            try {
                work.run();
            } finally {
                HANDED_OVER.remove();
                MDC.clear();
            }
        };
    }
}
