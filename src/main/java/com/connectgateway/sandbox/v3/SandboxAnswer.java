package com.connectgateway.sandbox.v3;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** A sandbox HTTP answer: a status and a JSON body. */
record SandboxAnswer(int status, Map<String, Object> body) {

    static SandboxAnswer oauthError(int status, String error, String description) {
        return new SandboxAnswer(status, Map.of("error", error, "error_description", description));
    }

    /** The v3 edge error style, {@code {"message": ...}}. */
    static SandboxAnswer edgeError(int status, String message) {
        return new SandboxAnswer(status, Map.of("message", message));
    }

    Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .header("Cache-Control", "no-store").build();
    }
}
