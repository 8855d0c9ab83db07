package com.connectgateway.endpoint;

import com.connectgateway.observability.LegacyRequests;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.upstream.RawTokenResponse;
import com.connectgateway.upstream.TokenEndpoint;
import com.connectgateway.upstream.TokenEndpointException;
import com.connectgateway.upstream.TokenEndpointInput;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The legacy-era OAuth2 endpoints. {@code POST /oauth2/token} is passed through to the upstream
 * token endpoint; a token issued there is also accepted as {@code RequestHeader.Token} (a standard
 * token) until it expires. {@code GET /oauth2/auth}, the implicit grant's authorization endpoint,
 * is refused with an OAuth2 error and never redirects: the gateway has no sign-in page, and it
 * cannot know which redirect URIs a client registered, so following one would make it an open
 * redirector.
 */
@Path("/oauth2")
public class OAuth2TokenProxyResource {

    static final String NO_IMPLICIT_GRANT = "The implicit grant is not offered by this gateway: get a token with"
            + " POST /oauth2/token (password or client_credentials grant) or CreateSession.";

    private final TokenEndpoint tokenEndpoint;
    private final SessionBroker broker;
    private final LegacyRequests observed;

    OAuth2TokenProxyResource(TokenEndpoint tokenEndpoint, SessionBroker broker, LegacyRequests observed) {
        this.tokenEndpoint = tokenEndpoint;
        this.broker = broker;
        this.observed = observed;
    }

    @GET
    @Path("/auth{slash: /?}")
    public Response authorize() {
        observed.operation("OAuth2Authorize");
        return oauthError(Response.Status.BAD_REQUEST, "unsupported_response_type", NO_IMPLICIT_GRANT);
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(byte[] body, @HeaderParam("Authorization") String authorization) {
        observed.operation("OAuth2Token");
        MultivaluedMap<String, String> form = TokenRequestForm.parse(body).orElse(null);
        if (form == null) {
            return oauthError(Response.Status.BAD_REQUEST, "invalid_request", "The request body is not a well-formed form.");
        }
        BasicClientCredentials.from(authorization).ifPresent(basic -> {
            // RFC 6749 lets clients authenticate with HTTP Basic instead of form fields.
            form.putIfAbsent("client_id", java.util.List.of(basic.clientId()));
            form.putIfAbsent("client_secret", java.util.List.of(basic.clientSecret()));
        });
        return proxy(form);
    }

    private Response proxy(MultivaluedMap<String, String> form) {
        if (!TokenEndpointInput.acceptable(form.getFirst("client_id"))
                || !TokenEndpointInput.acceptable(form.getFirst("client_secret"))) {
            // No such client can exist; answered here, before the value reaches an HTTP header.
            return oauthError(Response.Status.BAD_REQUEST, "invalid_client", "Client authentication failed.");
        }
        RawTokenResponse upstream;
        try {
            upstream = tokenEndpoint.forward(form);
        } catch (TokenEndpointException e) {
            return oauthError(Response.Status.SERVICE_UNAVAILABLE, "temporarily_unavailable", "The token endpoint is unreachable.");
        }
        if (upstream.status() == 200) {
            try {
                broker.adoptUpstreamToken(form.getFirst("client_id"), tokenEndpoint.parseToken(upstream));
            } catch (TokenEndpointException unreadable) {
                // Passed through unchanged; the client sees exactly what the endpoint said.
            } catch (LegacyFault refused) {
                // The gateway could not keep the token (the session store is out of reach, or the
                // client is over its session quota / the store is full), so it is not handed out.
                if (refused.code() == StatusCode.DEPENDENT_SERVICE_DOWN) {
                    return oauthError(Response.Status.SERVICE_UNAVAILABLE, "temporarily_unavailable", refused.getMessage());
                }
                return oauthError(Response.Status.TOO_MANY_REQUESTS, "temporarily_unavailable",
                        "The session limit for this client is reached: reuse an access token until it expires, or retry later.");
            }
        }
        return noStore(Response.status(upstream.status()))
                .type(upstream.contentType() == null ? MediaType.APPLICATION_JSON : upstream.contentType())
                .entity(upstream.body())
                .build();
    }

    /** An RFC 6749 error answer; the texts are ours, so they need no escaping. */
    private static Response oauthError(Response.Status status, String error, String description) {
        return noStore(Response.status(status))
                .type(MediaType.APPLICATION_JSON)
                .entity("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}")
                .build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
