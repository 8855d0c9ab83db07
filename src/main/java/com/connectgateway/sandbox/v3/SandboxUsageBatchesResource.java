package com.connectgateway.sandbox.v3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /v3/usage-batches/{id}} with {@code {"asset_usages":[{"asset_id","quantity","usage_date"}]}}
 * (at most 1000): 201 {@code {"total_asset_usages_processed", "invalid_assets": []}} when recorded,
 * 200 with a total of 0 and the refused ids when an asset is not a catalog image (nothing recorded),
 * 409 TransactionIdDuplicated for a batch id recorded before, 403 UnauthorizedToReportUsage while
 * reporting is switched off, 400 InvalidRequest for a malformed body. Any valid token, with or
 * without a user. Checks run in the order token, permission, query, body, batch id, assets.
 */
@NonBlocking
@Path("/sandbox/v3/usage-batches")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxUsageBatchesResource {

    static final int MAX_USAGES = 1000;

    private final SandboxBearer bearer;
    private final SandboxUsageBatches batches;
    private final ObjectMapper json;

    SandboxUsageBatchesResource(SandboxBearer bearer, SandboxUsageBatches batches, ObjectMapper json) {
        this.bearer = bearer;
        this.batches = batches;
        this.json = json;
    }

    @PUT
    @Path("/{batchId}")
    public Response report(@PathParam("batchId") String batchId, String body, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            bearer.required(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            batches.checkAllowed();
            QueryParams.parse(uriInfo.getRequestUri().getRawQuery()).acceptOnly(name -> false, "/v3/usage-batches/{id}");
            MediaType type = headers.getMediaType();
            if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                throw SandboxV3Error.unsupportedMediaType("Send the body as application/json.");
            }
            SandboxUsageBatches.Outcome outcome = batches.report(batchId.trim(), usages(body));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("total_asset_usages_processed", outcome.totalProcessed());
            answer.put("invalid_assets", outcome.invalidAssets());
            return Response.status(outcome.recorded() ? Response.Status.CREATED : Response.Status.OK).entity(answer).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    private List<SandboxUsageBatches.Usage> usages(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            throw SandboxV3Error.invalidUsageRequest("The body is not valid JSON.");
        }
        JsonNode list = root == null ? null : root.get("asset_usages");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw SandboxV3Error.invalidUsageRequest("asset_usages is required: a non-empty array.");
        }
        if (list.size() > MAX_USAGES) {
            throw SandboxV3Error.invalidUsageRequest("asset_usages may hold at most " + MAX_USAGES + " entries.");
        }
        List<SandboxUsageBatches.Usage> usages = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = "asset_usages[" + i + "]";
            JsonNode id = entry.get("asset_id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                throw SandboxV3Error.invalidUsageRequest(at + ".asset_id is required: a string.");
            }
            JsonNode quantity = entry.get("quantity");
            if (quantity == null || !quantity.canConvertToInt() || !quantity.isIntegralNumber() || quantity.asInt() < 1) {
                throw SandboxV3Error.invalidUsageRequest(at + ".quantity is required: a whole number of at least 1.");
            }
            JsonNode date = entry.get("usage_date");
            LocalDate usageDate;
            try {
                usageDate = date == null || !date.isTextual() ? null : LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                usageDate = null;
            }
            if (usageDate == null) {
                throw SandboxV3Error.invalidUsageRequest(at + ".usage_date is required: YYYY-MM-DD.");
            }
            usages.add(new SandboxUsageBatches.Usage(id.asText().trim(), quantity.asInt(), usageDate));
        }
        return usages;
    }
}
