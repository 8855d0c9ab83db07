package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code PUT /sandbox/control/faults}: the fault rules, first match wins, and an
 * optional per-second request limit for {@code /sandbox/v3/**} (null: no throttling).
 */
@RegisterForReflection
public record FaultPlan(
        @JsonProperty("rules") List<FaultRule> rules,
        @JsonProperty("throttlePerSecond") Integer throttlePerSecond) {

    static final FaultPlan NONE = new FaultPlan(List.of(), null);

    /** The plan with checked rules, or an {@link IllegalArgumentException} naming the first problem. */
    FaultPlan checked() {
        if (throttlePerSecond != null && throttlePerSecond < 0) {
            throw new IllegalArgumentException("throttlePerSecond must not be negative (0 refuses every v3 call).");
        }
        List<FaultRule> checked = new ArrayList<>();
        List<FaultRule> given = rules == null ? List.of() : rules;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new IllegalArgumentException("rules[" + i + "] is null.");
            }
            checked.add(given.get(i).checked("rules[" + i + "]"));
        }
        return new FaultPlan(List.copyOf(checked), throttlePerSecond);
    }
}
