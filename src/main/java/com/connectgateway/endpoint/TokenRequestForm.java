package com.connectgateway.endpoint;

import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The {@code application/x-www-form-urlencoded} body of a token request, decoded here rather than
 * by the framework: the framework's decoder throws on a bad escape ({@code %zz}) or an unknown
 * charset parameter, which surfaced as an HTTP 500 with a stack trace in the log. Always UTF-8, as
 * RFC 6749 requires; a body that does not decode is an OAuth2 {@code invalid_request}.
 */
final class TokenRequestForm {

    private TokenRequestForm() {
    }

    /** The form's fields, or empty when the body is not a well-formed form. */
    static Optional<MultivaluedMap<String, String>> parse(byte[] body) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (body == null || body.length == 0) {
            return Optional.of(form);
        }
        try {
            new QueryStringDecoder(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false)
                    .parameters().forEach((name, values) -> form.addAll(name, values));
            return Optional.of(form);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
