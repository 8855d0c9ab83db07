package com.connectgateway.operations.download;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.download.DownloadBodies.CreateBody;
import com.connectgateway.operations.download.DownloadBodies.DownloadItem;
import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadResults.CreateDownloadResult;
import com.connectgateway.operations.download.DownloadResults.DownloadUrl;
import com.connectgateway.session.Session;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CreateDownloadRequest (HTTPS and SecureToken only): each DownloadToken becomes one
 * {@code POST /v3/downloads/...} with {@code auto_download=false}; the v3 {@code uri} is passed
 * through as UrlAttachment, never fetched. Items succeed or fail independently.
 */
@ApplicationScoped
public class CreateDownloadRequestOperation extends DownloadOperation<CreateBody> {

    static final int MAX_ITEMS = 500;
    static final String SUCCESS = "Success";

    private final SessionBroker broker;
    private final V3Api v3;
    private final DownloadTokenCodec tokens;
    private final DownloadConfig config;

    CreateDownloadRequestOperation(SessionBroker broker, V3Api v3, DownloadTokenCodec tokens, DownloadConfig config) {
        this.broker = broker;
        this.v3 = v3;
        this.tokens = tokens;
        this.config = config;
    }

    @Override
    public String name() {
        return "CreateDownloadRequest";
    }

    /** The legacy body is named CreateDownloadRequestBody, not the default <Operation>RequestBody. */
    @Override
    public List<String> bodyNames() {
        return List.of("CreateDownloadRequestBody", "CreateDownloadRequestRequestBody");
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.HTTPS_SECURE_TOKEN;
    }

    @Override
    public Class<CreateBody> bodyType() {
        return CreateBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<CreateBody> call) {
        List<DownloadItem> items = call.body().downloadItems() == null ? List.of() : call.body().downloadItems();
        if (items.isEmpty()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "CreateDownloadRequestBody.DownloadItems must hold at least one item.");
        }
        if (items.size() > MAX_ITEMS) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED, "At most " + MAX_ITEMS + " downloads per request.");
        }
        Session session = call.caller().session();
        List<DownloadUrl> urls = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        // A repeated token is answered from its first item: each v3 download POST uses up a download.
        Map<String, Attempt> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            DownloadItem item = items.get(i);
            String token = item == null ? null : item.downloadToken();
            Attempt attempt = token == null ? download(null, session) : first.get(token);
            if (attempt == null) {
                attempt = download(token, session);
                first.put(token, attempt);
            }
            if (attempt.refusal() != null) {
                report(attempt, i + 1, problems);
            }
            urls.add(attempt.url());
        }
        boolean anySuccess = urls.stream().anyMatch(url -> SUCCESS.equals(url.status()));
        return new OperationOutcome(new CreateDownloadResult(urls), problems.entries(anySuccess));
    }

    /** What one distinct token got: its DownloadUrl, and why it failed (null on success). */
    private record Attempt(DownloadUrl url, DownloadRefusal refusal) {
    }

    private Attempt download(String token, Session session) {
        DownloadGrant grant;
        try {
            grant = tokens.verify(token, session.id());
        } catch (DownloadTokenCodec.RefusedToken refused) {
            // Clients index DownloadUrls by ImageId, so a readable token still names its image.
            DownloadGrant named = refused.grant();
            return refused(DownloadRefusal.of(refused.problem()), named == null ? null : named.assetId(),
                    named == null ? null : named.sizeLabel());
        }
        try {
            // One download per item, never repeated unless v3 refused the token (then nothing was applied).
            String uri = broker.withUpstream(session, caller -> v3.downloadUri(caller,
                    grant.assetType() == AssetType.IMAGE ? "images" : "videos", grant.assetId(), query(grant)));
            return new Attempt(new DownloadUrl(grant.assetId(), grant.sizeLabel(), SUCCESS, attachment(uri)), null);
        } catch (V3Failure failure) {
            return refused(DownloadRefusal.of(failure), grant.assetId(), grant.sizeLabel());
        } catch (LegacyFault fault) { // the session's upstream token could not be renewed
            return refused(new DownloadRefusal("FailedToGetDownloadUrl", fault.code(), fault.getMessage()),
                    grant.assetId(), grant.sizeLabel());
        }
    }

    private static Attempt refused(DownloadRefusal refusal, String assetId, String sizeName) {
        return new Attempt(new DownloadUrl(assetId, sizeName, refusal.itemStatus(), null), refusal);
    }

    /** One header entry per failed item, repeats included, so the entries still count the failed items. */
    private static void report(Attempt attempt, int position, ItemProblems problems) {
        String assetId = attempt.url().imageId();
        problems.add(attempt.refusal().code(), "Download item " + position + (assetId == null ? "" : " (image " + assetId + ")")
                + ": " + attempt.refusal().message());
    }

    /** The v3 download URI as the client gets it: in the legacy http form when so configured. */
    private String attachment(String uri) {
        if (config.legacyHttpDeliveryUrls() && uri.regionMatches(true, 0, "https://", 0, 8)) {
            return "http://" + uri.substring(8);
        }
        return uri;
    }

    /** The size and product the token was issued for; images by pixel height, videos by size name. */
    private static Map<String, String> query(DownloadGrant grant) {
        Map<String, String> query = new LinkedHashMap<>();
        if (grant.assetType() == AssetType.IMAGE && grant.height() != null) {
            query.put("height", grant.height().toString());
        }
        if (grant.assetType() == AssetType.VIDEO && grant.sizeName() != null) {
            query.put("size", grant.sizeName());
        }
        if (grant.productType() != null) {
            query.put("product_type", grant.productType());
        }
        if (grant.productId() != null) {
            query.put("product_id", grant.productId());
        }
        return query;
    }
}
