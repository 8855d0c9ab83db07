package com.connectgateway.upstream;

import com.connectgateway.observability.UpstreamMetrics;
import com.connectgateway.observability.UpstreamMetrics.TokenFailure;
import com.connectgateway.upstream.TokenEndpointException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The one way the gateway gets upstream OAuth2 tokens. Turns every answer of the token endpoint into
 * either an {@link UpstreamToken} or a {@link TokenEndpointException} with a reason the session
 * layer can map to a legacy code.
 */
@ApplicationScoped
public class TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(TokenEndpoint.class);
    /** Used when the endpoint omits expires_in; the documented v3 lifetime. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);
    /** Longer than any token the v3 endpoint issues (30 minutes) by far: beyond it the answer is broken. */
    static final Duration MAX_LIFETIME = Duration.ofDays(1);

    private final ObjectMapper json;
    private final Clock clock;
    private final Lazy<TokenEndpointClient> client;

    private final UpstreamGuards guards;
    private final UpstreamMetrics metrics;

    TokenEndpoint(UpstreamEndpoints endpoints, UpstreamConfig config, UpstreamGuards guards, ObjectMapper json, Clock clock,
            UpstreamMetrics metrics) {
        this.guards = guards;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
        this.client = new Lazy<>(() -> UpstreamClients.build(TokenEndpointClient.class, endpoints.tokenUrl(), config,
                config.tokenTimeout()));
    }

    /** Runs one grant for the given API client. */
    public UpstreamToken grant(ApiCredentials credentials, TokenGrant grant) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        grant.formFields().forEach(form::putSingle);
        form.putSingle("client_id", credentials.apiKey());
        form.putSingle("client_secret", credentials.apiSecret());
        RawTokenResponse response = forward(form);
        if (response.status() == 200) {
            return parseToken(response);
        }
        if (response.status() >= 500 || response.status() < 400 || response.status() == 408 || response.status() == 429) {
            // 408/429 say "not now", not "never": a refresh refused with them is retried later.
            LOG.warnf("Token endpoint answered HTTP %d to a %s grant", response.status(), grantName(grant));
            throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint answered HTTP " + response.status());
        }
        boolean clientProblem = response.status() == 401
                || "invalid_client".equals(errorCode(response))
                || grant instanceof TokenGrant.ClientCredentials;
        throw new TokenEndpointException(clientProblem ? Reason.CLIENT_REJECTED : Reason.GRANT_REJECTED,
                "token endpoint refused the " + grantName(grant) + " grant (HTTP " + response.status() + ")");
    }

    /**
     * Posts a form to the token endpoint as is and returns its answer unchanged, inside the token
     * guard (timeout and circuit breaker; never retried, as a grant may have been applied). The
     * form's client_id also goes out as {@code Api-Key}, which every upstream call carries.
     */
    public RawTokenResponse forward(MultivaluedMap<String, String> form) {
        if (!TokenEndpointInput.acceptable(form.getFirst("client_id"))
                || !TokenEndpointInput.acceptable(form.getFirst("client_secret"))) {
            // The HTTP client would refuse the Api-Key header only after taking a connection.
            throw new TokenEndpointException(Reason.CLIENT_REJECTED, "client credentials contain a control character");
        }
        UpstreamMetrics.Exchange timing = metrics.start();
        try {
            RawTokenResponse answer = guards.token().get(() -> {
                RawTokenResponse response = post(form);
                if (response.status() >= 500) {
                    throw new ServerError(response); // counts for the breaker; still answered as is
                }
                return response;
            });
            metrics.tokenAnswered(timing, answer.status());
            return answer;
        } catch (ServerError error) {
            metrics.tokenAnswered(timing, error.response.status());
            return error.response;
        } catch (TimeoutException e) {
            metrics.tokenFailed(timing, TokenFailure.TIMEOUT);
            LOG.warn("Token endpoint timed out");
            throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint timed out");
        } catch (CircuitBreakerOpenException e) {
            metrics.tokenRefused(timing);
            throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint failing; calls paused");
        } catch (RuntimeException unreachable) { // post's TokenEndpointException: no answer at all
            metrics.tokenFailed(timing, TokenFailure.UNREACHABLE);
            throw unreachable;
        }
    }

    /** A 5xx answer, carried through the guard as a failure. */
    private static final class ServerError extends TokenEndpointException {
        private final transient RawTokenResponse response;

        ServerError(RawTokenResponse response) {
            super(Reason.UNAVAILABLE, "token endpoint answered HTTP " + response.status());
            this.response = response;
        }
    }

    private RawTokenResponse post(MultivaluedMap<String, String> form) {
        try (Response response = client.get().requestToken(form.getFirst("client_id"), form)) {
            String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new RawTokenResponse(response.getStatus(), contentType, body);
        } catch (ProcessingException e) {
            // The cause names the failure (connection refused, timeout); it never carries the form.
            LOG.warnf("Token endpoint unreachable: %s", Causes.root(e).getClass().getSimpleName());
            throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint unreachable");
        }
    }

    /** Reads a 200 answer; an answer without an access token counts as an unavailable endpoint. */
    public UpstreamToken parseToken(RawTokenResponse response) {
        try {
            JsonNode body = json.readTree(response.body());
            String access = text(body, "access_token");
            if (access == null) {
                throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint answer has no access_token");
            }
            // expires_in was a number in some eras and a string in others.
            JsonNode expiresIn = body.get("expires_in");
            Duration lifetime = expiresIn == null || expiresIn.asText().isBlank()
                    ? DEFAULT_LIFETIME
                    : Duration.ofSeconds(Long.parseLong(expiresIn.asText().trim()));
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
                // Not a token to build a session on: it is dead at once, or its expiry is meaningless.
                LOG.warnf("Token endpoint answered expires_in=%d s; treated as an upstream error", lifetime.toSeconds());
                throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint answered an unusable expires_in");
            }
            Instant issuedAt = clock.instant();
            return new UpstreamToken(access, text(body, "refresh_token"), issuedAt.plus(lifetime), issuedAt);
        } catch (IOException | NumberFormatException | NullPointerException e) {
            throw new TokenEndpointException(Reason.UNAVAILABLE, "token endpoint answer could not be read");
        }
    }

    private String errorCode(RawTokenResponse response) {
        try {
            return text(json.readTree(response.body()), "error");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static String grantName(TokenGrant grant) {
        return grant.formFields().get("grant_type");
    }

}
