package com.connectgateway.operations.usage;

import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.usage.ReportUsageBody.AssetUsage;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.upstream.V3FailureKind;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ReportUsage: {@code PUT /v3/usage-batches/{TransactionId}}, the legacy TransactionId as the batch
 * id, through the writes path (sent once, never retried). v3's 409 (the batch id was recorded
 * before) is the documented warning TransactionIdDuplicate, with nothing recorded; v3's 403 is
 * UnauthorizedToReportUsage. Because the batch id makes the report idempotent at v3, a report v3
 * did not answer in time is safely sent again by the client with the same TransactionId.
 */
@ApplicationScoped
public class ReportUsageOperation extends UsageOperation<ReportUsageBody> {

    static final int MAX_ASSET_USAGES = 1000;

    /** The answer of a batch v3 already has. */
    private static final JsonNode DUPLICATE = JsonNodeFactory.instance.objectNode();

    private final UpstreamCalls upstream;
    private final V3Api v3;

    ReportUsageOperation(UpstreamCalls upstream, V3Api v3) {
        this.upstream = upstream;
        this.v3 = v3;
    }

    @Override
    public String name() {
        return "ReportUsage";
    }

    @Override
    public Class<ReportUsageBody> bodyType() {
        return ReportUsageBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<ReportUsageBody> call) {
        ReportUsageBody body = call.body();
        String transactionId = transactionId(body.transactionId());
        List<Map<String, Object>> usages = usages(body.assetUsages());
        JsonNode answer = upstream.run(call, ReportUsageOperation::failure, caller -> {
            try {
                return v3.reportUsage(caller, transactionId, usages);
            } catch (V3Failure failure) {
                if (failure.status() == 409) {
                    return DUPLICATE;
                }
                throw failure;
            }
        });
        if (answer == DUPLICATE) {
            return new OperationOutcome(ReportUsageResult.notRecorded(), List.of(StatusEntry.of(StatusCode.TRANSACTION_ID_DUPLICATE,
                    "Usage with TransactionId " + transactionId + " was recorded before; this report was not recorded again.")));
        }
        return UsageMapper.outcome(answer);
    }

    static String transactionId(String transactionId) {
        if (transactionId == null || transactionId.isBlank()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ReportUsageRequestBody.TransactionId is required.");
        }
        return transactionId.trim();
    }

    /** v3's {@code asset_usages}, each entry checked as the docs require it (all members required). */
    static List<Map<String, Object>> usages(List<AssetUsage> assetUsages) {
        if (assetUsages == null || assetUsages.isEmpty()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "ReportUsageRequestBody.AssetUsages is required: at least one AssetUsage.");
        }
        if (assetUsages.size() > MAX_ASSET_USAGES) {
            throw new LegacyFault(StatusCode.MAX_EXCEEDED, "A report may hold at most " + MAX_ASSET_USAGES + " AssetUsages.");
        }
        List<Map<String, Object>> usages = new ArrayList<>(assetUsages.size());
        for (int i = 0; i < assetUsages.size(); i++) {
            AssetUsage usage = assetUsages.get(i);
            String at = "AssetUsages[" + i + "]";
            if (usage == null) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, at + " must be an AssetUsage object.");
            }
            if (usage.assetId() == null || usage.assetId().isBlank()) {
                throw new LegacyFault(StatusCode.INVALID_ASSETS, at + ".AssetId is required.");
            }
            if (usage.quantity() == null) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, at + ".Quantity is required.");
            }
            if (usage.quantity() < 1) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, at + ".Quantity must be at least 1, not " + usage.quantity() + ".");
            }
            if (usage.usageDate() == null || usage.usageDate().isBlank()) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, at + ".UsageDate is required.");
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("asset_id", usage.assetId().trim());
            entry.put("quantity", usage.quantity());
            entry.put("usage_date", LegacyDate.parseRequestDate(usage.usageDate(), at + ".UsageDate").toString());
            usages.add(entry);
        }
        return usages;
    }

    /** v3's 403 is the documented UnauthorizedToReportUsage; one v3 did not answer in time may have been recorded. */
    static LegacyFault failure(V3Failure failure) {
        return switch (V3FailureKind.of(failure)) {
            case TIMEOUT, DEADLINE_UNANSWERED -> new LegacyFault(StatusCode.DEPENDENT_SERVICE_DOWN,
                    "The image service did not answer in time; the usage may or may not have been recorded."
                            + " Send the same report with the same TransactionId: if it was recorded, the answer is TransactionIdDuplicate.");
            case USER_TOKEN_REQUIRED, PRODUCT_NOT_ALLOWED, LIMIT_REACHED, CALL_FOR_IMAGE, FORBIDDEN ->
                    new LegacyFault(StatusCode.UNAUTHORIZED_TO_REPORT_USAGE);
            default -> V3ErrorTranslator.toLegacy(failure, StatusCode.INVALID_REQUEST);
        };
    }
}
