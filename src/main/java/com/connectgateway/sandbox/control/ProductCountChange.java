package com.connectgateway.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code PUT /sandbox/control/products/{productId}}: the product's new remaining count. */
@RegisterForReflection
public record ProductCountChange(@JsonProperty("downloadsRemaining") Integer downloadsRemaining) {
}
