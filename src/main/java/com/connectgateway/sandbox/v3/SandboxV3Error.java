package com.connectgateway.sandbox.v3;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A v3 application error, answered as {@code {"ErrorCode": ..., "ErrorMessage": ...}} (the style
 * v3 uses for endpoint errors; edge errors use {@link SandboxAnswer#edgeError}).
 */
final class SandboxV3Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String wwwAuthenticate;

    private SandboxV3Error(int status, String code, String message, String wwwAuthenticate) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.wwwAuthenticate = wwwAuthenticate;
    }

    static SandboxV3Error invalidParameter(String message) {
        return new SandboxV3Error(400, "InvalidParameterValue", message, null);
    }

    static SandboxV3Error tokenRequired(String message) {
        return new SandboxV3Error(401, "AuthorizationTokenRequired", message, "Bearer error=\"invalid_token\"");
    }

    static SandboxV3Error imageNotFound(String message) {
        return new SandboxV3Error(404, "ImageNotFound", message, null);
    }

    /** None of the requested events exists. */
    static SandboxV3Error eventNotFound(String message) {
        return new SandboxV3Error(404, "EventNotFound", message, null);
    }

    static SandboxV3Error videoNotFound(String message) {
        return new SandboxV3Error(404, "VideoNotFound", message, null);
    }

    /** A valid token without a user (client_credentials) where v3 needs one, e.g. downloads. */
    static SandboxV3Error userTokenRequired() {
        return new SandboxV3Error(403, "UserTokenRequired", "Security token must contain a user.", null);
    }

    static SandboxV3Error callForImage() {
        return new SandboxV3Error(403, "CallForImage",
                "Contact your Getty Images representative to license this image.", null);
    }

    static SandboxV3Error noAccessToProductType(String message) {
        return new SandboxV3Error(403, "NoAccessToProductType", message, null);
    }

    static SandboxV3Error overageLimitReached(String message) {
        return new SandboxV3Error(403, "OverageLimitReached", message, null);
    }

    static SandboxV3Error fileDownloadSizeNotFound(String message) {
        return new SandboxV3Error(404, "FileDownloadSizeNotFound", message, null);
    }

    static SandboxV3Error boardNotFound(String boardId) {
        return new SandboxV3Error(404, "BoardNotFound", "Board not found: " + boardId, null);
    }

    /** An invited user changing what only the board's owner may change (name, description, the board itself). */
    static SandboxV3Error insufficientAccess(String message) {
        return new SandboxV3Error(403, "InsufficientAccess", message, null);
    }

    /** v3 answers 403, not 404, when the asset put on a board does not exist. */
    static SandboxV3Error assetNotFound(String assetId) {
        return new SandboxV3Error(403, "AssetNotFound", "Asset not found: " + assetId, null);
    }

    /** A change-set request without a usable {@code channel_id} (v3's own name for it). */
    static SandboxV3Error invalidChannelId(String message) {
        return new SandboxV3Error(400, "InvalidChannelIdException", message, null);
    }

    static SandboxV3Error channelNotFound(String channelId) {
        return new SandboxV3Error(404, "ChannelNotFound", "Channel not found: " + channelId, null);
    }

    static SandboxV3Error invalidChangeSetId(String changeSetId) {
        return new SandboxV3Error(400, "InvalidChangeSetId", "Invalid change set id: " + changeSetId, null);
    }

    static SandboxV3Error changeSetNotFound(String changeSetId) {
        return new SandboxV3Error(404, "ChangeSetNotFound", "No unconfirmed change set " + changeSetId, null);
    }

    /** The 400 name v3 documents for {@code /v3/usage-batches}. */
    static SandboxV3Error invalidUsageRequest(String message) {
        return new SandboxV3Error(400, "InvalidRequest", message, null);
    }

    static SandboxV3Error unauthorizedToReportUsage() {
        return new SandboxV3Error(403, "UnauthorizedToReportUsage", "This key is not authorized to report usage.", null);
    }

    static SandboxV3Error transactionIdDuplicated(String batchId) {
        return new SandboxV3Error(409, "TransactionIdDuplicated", "Usage batch " + batchId + " was recorded before.", null);
    }

    /** A body that is not declared JSON where v3 reads JSON; v3 documents no name for it, so the status's own is used. */
    static SandboxV3Error unsupportedMediaType(String message) {
        return new SandboxV3Error(415, "UnsupportedMediaType", message, null);
    }

    /** The 400 name v3 documents for {@code /v3/products} and {@code /v3/events} (other resources say InvalidParameterValue). */
    static SandboxV3Error invalidRequestParameters(String message) {
        return new SandboxV3Error(400, "InvalidRequestParameters", message, null);
    }

    /** The 400 v3 documents for a page below one on {@code /v3/purchased-assets}. */
    static SandboxV3Error pageNumberLessThanOne(String message) {
        return new SandboxV3Error(400, "PageNumberLessThanOne", message, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Response toResponse() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ErrorCode", code);
        body.put("ErrorMessage", getMessage());
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (wwwAuthenticate != null) {
            builder.header("WWW-Authenticate", wwwAuthenticate);
        }
        return builder.build();
    }
}
