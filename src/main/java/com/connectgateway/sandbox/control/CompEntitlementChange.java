package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code PUT /sandbox/control/comp-entitlement}: {@code {"unwatermarkedComps": true}}. */
@RegisterForReflection
public record CompEntitlementChange(@JsonProperty("unwatermarkedComps") Boolean unwatermarkedComps) {
}
