package com.connectgateway.sandbox.v3;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /sandbox/v3} call needs the demo {@code Api-Key}, as the real v3 API requires one.
 * (Where the sandbox paths exist at all is {@link com.connectgateway.sandbox.SandboxPortGuard}'s concern.)
 */
public class SandboxGate {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
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
