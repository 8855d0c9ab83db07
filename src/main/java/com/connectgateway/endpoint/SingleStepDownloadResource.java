package com.connectgateway.endpoint;

import com.connectgateway.observability.LegacyRequests;
import com.connectgateway.session.LegacyTokens;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.session.TokenKind;
import com.connectgateway.session.TokenMatch;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * SingleStepDownload, {@code POST /v2/download/{ImageId}} with {@code Authorization: Bearer} and
 * {@code Api-Key}: one v3 download, answered with 302 to the file. The bearer may be a gateway
 * session token or an upstream OAuth2 access token. Errors use the documented HTTP statuses.
 */
// The operation names of the download service are excluded so POST /v2/download/CreateDownloadRequest
// and friends still reach the envelope endpoint.
@Path("/v2/download/{imageId: (?i)(?!(?:CreateDownloadRequest|GetImageDownloadAuthorizations|GetLargestImageDownloadAuthorizations|GetPreviousDownloads)(?![^/]))[^/]+}")
public class SingleStepDownloadResource {

    private final SessionBroker broker;
    private final LegacyTokens tokens;
    private final V3Api v3;
    private final SecureTransportDetector transport;
    private final LegacyRequests observed;

    SingleStepDownloadResource(SessionBroker broker, LegacyTokens tokens, V3Api v3, SecureTransportDetector transport,
            LegacyRequests observed) {
        this.broker = broker;
        this.tokens = tokens;
        this.v3 = v3;
        this.transport = transport;
        this.observed = observed;
    }

    @POST
    public Response download(@PathParam("imageId") String imageId, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Api-Key") String apiKey, @HeaderParam("GI-Coordination-Id") String coordinationId,
            @Context HttpServerRequest request) {
        observed.operation("SingleStepDownload");
        String bearer = bearer(authorization);
        if (bearer == null) {
            return error(401, "An access token is required (Authorization: Bearer).", coordinationId);
        }
        TokenMatch match;
        try {
            match = broker.authenticate(bearer);
        } catch (LegacyFault fault) {
            if (fault.code() == StatusCode.AUTH_012) {
                return error(401, "The token has expired.", coordinationId);
            }
            if (fault.code() == StatusCode.DEPENDENT_SERVICE_DOWN) {
                // The shared session store is out of reach: the token may be fine, so not a 401.
                return error(503, fault.getMessage(), coordinationId);
            }
            // A gateway-shaped bearer no session knows is revoked, expired and gone, or made up; an upstream
            // token has another form. Such a bearer is never handed to v3.
            if (tokens.looksMinted(bearer)) {
                return error(401, "The token is not valid.", coordinationId);
            }
            match = null; // not one of ours: an access token the client got from the upstream directly
        }
        if (match != null) {
            observed.sessionKind(match.session().kind().name());
        }
        if (match == null && (apiKey == null || apiKey.isBlank())) {
            return error(401, "An Api-Key header is required with an upstream access token.", coordinationId);
        }
        if (match != null && match.kind() == TokenKind.SECURE && !transport.isSecure(request)) {
            broker.revokeSecureToken(match);
            return error(403, "A secure token cannot be passed over a non-SSL/TLS channel.", coordinationId);
        }
        try {
            String uri = match == null
                    ? v3.downloadUri(new V3Caller(apiKey.trim(), bearer, null), "images", imageId, Map.of())
                    : broker.withUpstream(match.session(), caller -> v3.downloadUri(caller, "images", imageId, Map.of()));
            return withCoordination(Response.status(Response.Status.FOUND).location(URI.create(uri)), coordinationId).build();
        } catch (V3Failure failure) {
            return refusal(failure, coordinationId);
        } catch (LegacyFault fault) { // the session's upstream token could not be renewed
            return error(fault.code() == StatusCode.AUTH_021 ? 401 : 503, fault.getMessage(), coordinationId);
        }
    }

    /** The documented statuses of SingleStepDownload for each v3 refusal. */
    private static Response refusal(V3Failure failure, String coordinationId) {
        SingleStepRefusal refusal = SingleStepRefusal.of(failure);
        return error(refusal.status(), refusal.message(), coordinationId);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static Response error(int status, String message, String coordinationId) {
        return withCoordination(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("Message", message)), coordinationId).build();
    }

    private static Response.ResponseBuilder withCoordination(Response.ResponseBuilder builder, String coordinationId) {
        return coordinationId == null ? builder : builder.header("GI-Coordination-Id", coordinationId);
    }
}
