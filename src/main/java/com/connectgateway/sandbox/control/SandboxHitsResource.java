package com.connectgateway.sandbox.control;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /sandbox/control/hits}: every v3, OAuth2 and v4 request received, oldest first, with the
 * fault it got; {@code ?path=} keeps those whose path starts with the given prefix. Cleared only
 * by DELETE here and by {@code POST /sandbox/control/reset}, not when the faults change.
 */
@NonBlocking
@Path("/sandbox/control/hits")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxHitsResource {

    private final HitLog hits;

    SandboxHitsResource(HitLog hits) {
        this.hits = hits;
    }

    @GET
    public List<Hit> hits(@QueryParam("path") String pathPrefix) {
        return hits.list(pathPrefix == null || pathPrefix.isEmpty() ? null : pathPrefix);
    }

    @DELETE
    public List<Hit> clear() {
        hits.clear();
        return List.of();
    }
}
