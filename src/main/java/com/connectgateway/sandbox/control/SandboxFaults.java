package com.connectgateway.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The fault rules and throttle currently in force, replaced as a whole by each PUT. */
@ApplicationScoped
public class SandboxFaults {

    static final String THROTTLED_PATH = "/sandbox/v3/";

    /** A rule with what is left of its {@code times}; null {@code remaining} means always. */
    private record Armed(FaultRule rule, AtomicInteger remaining) {

        /** Atomic, so two concurrent requests never both take the last application. */
        boolean take() {
            return remaining == null || remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
        }
    }

    /** One immutable snapshot, so a request never sees half of a replacement. */
    private record State(FaultPlan plan, List<Armed> rules, Throttle throttle) {
    }

    private static final State NONE = new State(FaultPlan.NONE, List.of(), null);

    private volatile State state = NONE;

    /** Puts a {@linkplain FaultPlan#checked() checked} plan in force, counting every rule's times afresh. */
    void replace(FaultPlan plan) {
        List<Armed> rules = plan.rules().stream()
                .map(rule -> new Armed(rule, rule.times() == null ? null : new AtomicInteger(rule.times())))
                .toList();
        Throttle throttle = plan.throttlePerSecond() == null ? null : new Throttle(plan.throttlePerSecond());
        state = new State(plan, rules, throttle);
    }

    void clear() {
        state = NONE;
    }

    FaultPlan plan() {
        return state.plan();
    }

    /** Whether throttle mode refuses this request; counts it towards the limit when it does not. */
    boolean throttled(String path) {
        Throttle throttle = state.throttle();
        return throttle != null && path.startsWith(THROTTLED_PATH) && !throttle.admit(System.nanoTime());
    }

    /** The first rule that matches and has applications left, which is used up by one. */
    Optional<FaultRule> take(String method, String path) {
        for (Armed armed : state.rules()) {
            if (armed.rule().matches(method, path) && armed.take()) {
                return Optional.of(armed.rule());
            }
        }
        return Optional.empty();
    }
}
