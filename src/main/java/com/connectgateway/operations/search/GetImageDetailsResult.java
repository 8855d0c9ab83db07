package com.connectgateway.operations.search;

import com.connectgateway.operations.images.DetailImage;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetImageDetailsResult}. */
@RegisterForReflection
public record GetImageDetailsResult(@JsonProperty("Images") List<DetailImage> images) {
}
