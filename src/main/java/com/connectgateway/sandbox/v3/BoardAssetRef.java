package com.connectgateway.sandbox.v3;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One element of the body of {@code PUT /v3/boards/{id}/assets}, and of its {@code assets_added}. */
@RegisterForReflection
record BoardAssetRef(@JsonProperty("asset_id") String assetId) {
}
