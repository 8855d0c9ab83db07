package com.connectgateway.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the sandbox paths: they do not exist when a real upstream is configured, and every
 * {@code /sandbox/v3} call needs the demo {@code Api-Key}, as the real v3 API requires one.
 */
public class SandboxGate {

    private final boolean enabled;

    SandboxGate(@ConfigProperty(name = "gateway.upstream.api-url") Optional<URI> upstream) {
        this.enabled = upstream.isEmpty();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/sandbox")) {
            return Optional.empty();
        }
        if (!enabled) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).build());
        }
        if (path.startsWith("/sandbox/v3")) {
            String apiKey = request.getHeaderString("Api-Key");
            if (apiKey == null || apiKey.isBlank()) {
                return Optional.of(SandboxAnswer.edgeError(401, "Unauthorized").toResponse());
            }
            if (!SandboxAccounts.API_KEY.equals(apiKey.trim())) {
                return Optional.of(SandboxAnswer.edgeError(403, "Forbidden").toResponse());
            }
        }
        return Optional.empty();
    }
}
