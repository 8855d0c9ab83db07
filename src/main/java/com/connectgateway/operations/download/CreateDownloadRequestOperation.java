package com.connectgateway.operations.download;

import com.connectgateway.operations.FanOut;
import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationConfig;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.download.DownloadBodies.CreateBody;
import com.connectgateway.operations.download.DownloadBodies.DownloadItem;
import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadResults.CreateDownloadResult;
import com.connectgateway.operations.download.DownloadResults.DownloadUrl;
import com.connectgateway.session.Session;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.upstream.Deadline;
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
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * CreateDownloadRequest (HTTPS and SecureToken only): each DownloadToken becomes one
 * {@code POST /v3/downloads/...} with {@code auto_download=false}; the v3 {@code uri} is passed
 * through as UrlAttachment, never fetched. Items succeed or fail independently; their POSTs run
 * at once within the operation deadline, and none is sent after it.
 */
@ApplicationScoped
public class CreateDownloadRequestOperation extends DownloadOperation<CreateBody> {

    private static final Logger LOG = Logger.getLogger(CreateDownloadRequestOperation.class);

    static final int MAX_ITEMS = 500;
    static final String SUCCESS = "Success";

    private final SessionBroker broker;
    private final V3Api v3;
    private final DownloadTokenCodec tokens;
    private final DownloadConfig config;
    private final FanOut fanOut;
    private final OperationConfig operations;

    CreateDownloadRequestOperation(SessionBroker broker, V3Api v3, DownloadTokenCodec tokens, DownloadConfig config,
            FanOut fanOut, OperationConfig operations) {
        this.broker = broker;
        this.v3 = v3;
        this.tokens = tokens;
        this.config = config;
        this.fanOut = fanOut;
        this.operations = operations;
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
        List<String> itemTokens = items.stream().map(item -> item == null ? null : item.downloadToken()).toList();
        // A repeated token is answered from its first item: each v3 download POST uses up a download.
        Map<String, Attempt> byToken = attempts(itemTokens.stream().filter(Objects::nonNull).distinct().toList(), session,
                call.deadline());
        List<DownloadUrl> urls = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        for (int i = 0; i < itemTokens.size(); i++) {
            String token = itemTokens.get(i);
            Attempt attempt = token == null ? refused(DownloadRefusal.of(DownloadTokenCodec.Problem.INVALID), null, null)
                    : byToken.get(token);
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

    /** A token that passed the checks, waiting for its v3 POST. */
    private record Grant(String token, DownloadGrant grant) {
    }

    /** Each distinct token's attempt: the tokens are checked here, then the good ones requested. */
    private Map<String, Attempt> attempts(List<String> distinctTokens, Session session, Deadline deadline) {
        Map<String, Attempt> byToken = new HashMap<>();
        List<Grant> grants = new ArrayList<>();
        for (String token : distinctTokens) {
            try {
                grants.add(new Grant(token, tokens.verify(token, session.id())));
            } catch (DownloadTokenCodec.RefusedToken refused) {
                // Clients index DownloadUrls by ImageId, so a readable token still names its image.
                DownloadGrant named = refused.grant();
                byToken.put(token, refused(DownloadRefusal.of(refused.problem()), named == null ? null : named.assetId(),
                        named == null ? null : named.sizeLabel()));
            }
        }
        byToken.putAll(requested(grants, session, deadline));
        return byToken;
    }

    /** The v3 POSTs of the good tokens, several at once (in item order) and none after the deadline. */
    private Map<String, Attempt> requested(List<Grant> grants, Session session, Deadline deadline) {
        List<FanOut.Outcome<String>> outcomes = fanOut.each(grants, deadline, operations.parallelism(),
                grant -> download(grant.grant(), session, deadline));
        Map<String, Attempt> byToken = new HashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            byToken.put(grants.get(i).token(), attempt(grants.get(i).grant(), outcomes.get(i)));
        }
        long notRequested = outcomes.stream().filter(o -> o.state() == FanOut.Outcome.State.NOT_STARTED).count();
        long unanswered = outcomes.stream().filter(o -> o.state() == FanOut.Outcome.State.UNFINISHED).count();
        if (notRequested + unanswered > 0) {
            LOG.infof("%s: the %s deadline passed with %d of %d downloads not requested and %d unanswered", name(),
                    deadline.budget(), notRequested, grants.size(), unanswered);
        }
        return byToken;
    }

    private Attempt attempt(DownloadGrant grant, FanOut.Outcome<String> outcome) {
        return switch (outcome.state()) {
            case DONE -> new Attempt(new DownloadUrl(grant.assetId(), grant.sizeLabel(), SUCCESS, attachment(outcome.value())),
                    null);
            case FAILED -> refused(refusal(outcome.failure()), grant.assetId(), grant.sizeLabel());
            case NOT_STARTED -> refused(DownloadRefusal.notRequested(), grant.assetId(), grant.sizeLabel());
            case UNFINISHED -> refused(DownloadRefusal.unanswered(), grant.assetId(), grant.sizeLabel());
        };
    }

    /** One POST for one good token, never repeated unless v3 refused the upstream token (then nothing was applied). */
    private String download(DownloadGrant grant, Session session, Deadline deadline) {
        return broker.withUpstream(session, caller -> v3.downloadUri(caller.within(deadline),
                grant.assetType() == AssetType.IMAGE ? "images" : "videos", grant.assetId(), query(grant)));
    }

    private static DownloadRefusal refusal(RuntimeException failure) {
        if (failure instanceof V3Failure v3Failure) {
            return DownloadRefusal.of(v3Failure);
        }
        if (failure instanceof LegacyFault fault) { // the session's upstream token could not be renewed
            return new DownloadRefusal("FailedToGetDownloadUrl", fault.code(), fault.getMessage());
        }
        throw failure;
    }

    private static Attempt refused(DownloadRefusal refusal, String assetId, String sizeName) {
        return new Attempt(new DownloadUrl(assetId, sizeName, refusal.itemStatus(), null), refusal);
    }

    /** One header entry per failed item, repeats included, so the entries still count the failed items. */
    private static void report(Attempt attempt, int position, ItemProblems problems) {
        String assetId = attempt.url().imageId();
        problems.add(attempt.refusal().code(), "Download item " + position + (assetId == null ? "" : " (asset " + assetId + ")")
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
