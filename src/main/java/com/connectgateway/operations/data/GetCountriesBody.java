package com.connectgateway.operations.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code GetCountriesRequestBody}: only the optional Language of the country names (en-US when absent). */
@RegisterForReflection
public record GetCountriesBody(@JsonProperty("Language") String language) {
}
