package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code PUT /sandbox/control/usage-reporting}: {@code {"allowed": false}}. */
@RegisterForReflection
public record UsageReportingChange(@JsonProperty("allowed") Boolean allowed) {
}
