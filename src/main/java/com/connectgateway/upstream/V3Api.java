package com.connectgateway.upstream;

import com.connectgateway.observability.UpstreamMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * The one bean through which the gateway calls v3, one method per v3 resource: a new endpoint is
 * one method here built on {@link #read}, {@link #write} or the download path (the client below
 * ({@link V3HttpClient}) knows only HTTP). Every call carries Api-Key and the caller's bearer token and runs
 * inside the {@link UpstreamGuards}: reads with retries; downloads and writes (POST/PUT/DELETE)
 * never retried, since v3 may have acted; all behind one circuit breaker and bulkhead. Each
 * attempt waits at most its timeout or what is left of the caller's {@link Deadline}, whichever
 * is shorter. It answers parsed JSON or throws a {@link V3Failure} (subclass by cause); a sent
 * download or write marks the caller's {@link V3Effects} so the 401 replay does not repeat it.
 */
@ApplicationScoped
public class V3Api {

    /** Error code of a download answer without a uri. */
    public static final String NO_DOWNLOAD_URI = "NoDownloadUri";
    /** Error code of a call whose own timeout passed after it was sent. */
    static final String TIMEOUT = "Timeout";
    /** Error code of a call that never connected, so never reached v3. */
    static final String CONNECT_FAILED = "ConnectFailed";

    /** The v3 verbs that may change something: never retried, never replayed once sent. */
    public enum Write {
        POST, PUT, DELETE
    }

    private static final Logger LOG = Logger.getLogger(V3Api.class);
    private static final String OVER_LIMIT = "Account Over";

    private final Lazy<V3HttpClient> client;
    private final UpstreamConfig config;
    private final UpstreamGuards guards;
    private final ObjectMapper json;
    private final V3Answers answers;
    private final Clock clock;
    private final RateLimitedWarning refusals;
    private final UpstreamMetrics metrics;

    V3Api(UpstreamEndpoints endpoints, UpstreamConfig config, UpstreamGuards guards, ObjectMapper json, Clock clock, Vertx vertx,
            UpstreamMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.guards = guards;
        this.json = json;
        this.answers = new V3Answers(json);
        this.clock = clock;
        this.refusals = new RateLimitedWarning(LOG::warn, guards.refusalLogInterval(), clock);
        // As many pooled connections as the bulkhead lets calls through: none waits for a connection.
        this.client = new Lazy<>(() -> new V3HttpClient(vertx, endpoints.apiBase(), config.connectTimeout(), config.apiTimeout(),
                guards.maxConcurrentCalls()));
    }

    /** {@code GET /v3/search/images/{family}} with comma-joined multi-value parameters. */
    public JsonNode searchImages(V3Caller caller, String family, Map<String, String> query) {
        return read(caller, V3Path.of("search", "images", family), query, true);
    }

    /** {@code GET /v3/search/videos/{family}} with comma-joined multi-value parameters. */
    public JsonNode searchVideos(V3Caller caller, String family, Map<String, String> query) {
        return read(caller, V3Path.of("search", "videos", family), query, true);
    }

    /** {@code GET /v3/videos?ids=..}: {"videos":[..],"videos_not_found":[..]}. */
    public JsonNode videos(V3Caller caller, List<String> ids, String fields) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ids", String.join(",", ids));
        if (fields != null) {
            query.put("fields", fields);
        }
        return read(caller, V3Path.of("videos"), query, false);
    }

    /** {@code GET /v3/images?ids=..}: {"images":[..],"images_not_found":[..]}. */
    public JsonNode images(V3Caller caller, List<String> ids, String fields) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ids", String.join(",", ids));
        if (fields != null) {
            query.put("fields", fields);
        }
        return read(caller, V3Path.of("images"), query, false);
    }

    /** {@code GET /v3/events?ids=..}: {"events":[..],"events_not_found":[..]}; 404 when none of the ids exists. */
    public JsonNode events(V3Caller caller, List<Integer> ids, String fields) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ids", String.join(",", ids.stream().map(String::valueOf).toList()));
        if (fields != null) {
            query.put("fields", fields);
        }
        return read(caller, V3Path.of("events"), query, false);
    }

    /** {@code GET /v3/collections}: the collections the key may see, with their ids and codes. */
    public JsonNode collections(V3Caller caller) {
        return read(caller, V3Path.of("collections"), Map.of(), false);
    }

    /** {@code GET /v3/countries}: every country with its ISO codes, named in the caller's Accept-Language. */
    public JsonNode countries(V3Caller caller) {
        return read(caller, V3Path.of("countries"), Map.of(), false);
    }

    /** {@code GET /v3/products}: the user's products with their remaining downloads. */
    public JsonNode products(V3Caller caller) {
        return read(caller, V3Path.of("products"), Map.of(), false);
    }

    /**
     * {@code GET /v3/downloads?...}: one page of the user's download history,
     * {@code {"result_count": n, "downloads": [..]}}; the query is sent as given.
     */
    public JsonNode downloadHistory(V3Caller caller, Map<String, String> query) {
        return read(caller, V3Path.of("downloads"), query, false);
    }

    /**
     * {@code GET /v3/purchased-assets?...}: one page of the user's purchases,
     * {@code {"result_count": n, "previous_purchases": [..]}}; the query is sent as given.
     */
    public JsonNode purchasedAssets(V3Caller caller, Map<String, String> query) {
        return read(caller, V3Path.of("purchased-assets"), query, false);
    }

    /**
     * {@code GET /v3/boards?page=&page_size=}: one page of the boards the user owns or was invited
     * to, {@code {"boards":[..],"board_count":n}}.
     */
    public JsonNode boards(V3Caller caller, long page, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("page", Long.toString(page));
        query.put("page_size", Integer.toString(pageSize));
        return read(caller, V3Path.of("boards"), query, false);
    }

    /** {@code GET /v3/boards/{id}}: the board with all its assets (unpaged). */
    public JsonNode board(V3Caller caller, String boardId) {
        return read(caller, V3Path.of("boards", boardId), Map.of(), false);
    }

    /** {@code POST /v3/boards}: the new board's id. */
    public String createBoard(V3Caller caller, String name, String description) {
        String id = write(caller, Write.POST, V3Path.of("boards"), Map.of(), boardHeader(name, description)).path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new V3ServerFailure(0, "NoBoardId", "The image service created a board but gave no id.");
        }
        return id;
    }

    /** {@code PUT /v3/boards/{id}}: v3 requires the name on every update. */
    public void updateBoard(V3Caller caller, String boardId, String name, String description) {
        write(caller, Write.PUT, V3Path.of("boards", boardId), Map.of(), boardHeader(name, description));
    }

    /** {@code DELETE /v3/boards/{id}}. */
    public void deleteBoard(V3Caller caller, String boardId) {
        write(caller, Write.DELETE, V3Path.of("boards", boardId), Map.of(), null);
    }

    /** {@code PUT /v3/boards/{id}/assets}: {@code {"assets_added":[{"asset_id"}],"assets_not_added":[..]}}. */
    public JsonNode addBoardAssets(V3Caller caller, String boardId, List<String> assetIds) {
        List<Map<String, String>> assets = assetIds.stream().map(id -> Map.of("asset_id", id)).toList();
        return write(caller, Write.PUT, V3Path.of("boards", boardId, "assets"), Map.of(), assets);
    }

    /** {@code DELETE /v3/boards/{id}/assets?asset_ids=..}. */
    public void removeBoardAssets(V3Caller caller, String boardId, List<String> assetIds) {
        write(caller, Write.DELETE, V3Path.of("boards", boardId, "assets"), Map.of("asset_ids", String.join(",", assetIds)), null);
    }

    /**
     * {@code PUT /v3/asset-changes/change-sets?channel_id=&batch_size=}: the channel's unconfirmed
     * change set (200, served again until confirmed) or a new one (201),
     * {@code {"change_set_id","changed_assets":[..]}}; a missing node when the channel has nothing.
     */
    public JsonNode assetChangeSet(V3Caller caller, int channelId, int batchSize) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("channel_id", Integer.toString(channelId));
        query.put("batch_size", Integer.toString(batchSize));
        return write(caller, Write.PUT, V3Path.of("asset-changes", "change-sets"), query, null);
    }

    /** {@code DELETE /v3/asset-changes/change-sets/{id}}: confirms the set, so the channel serves the next one. */
    public void confirmAssetChangeSet(V3Caller caller, String changeSetId) {
        write(caller, Write.DELETE, V3Path.of("asset-changes", "change-sets", changeSetId), Map.of(), null);
    }

    /**
     * {@code PUT /v3/usage-batches/{id}} with {@code {"asset_usages":[{"asset_id","quantity","usage_date"}]}}:
     * {@code {"total_asset_usages_processed", "invalid_assets":[..]}}; 409 for a batch id v3 recorded before.
     */
    public JsonNode reportUsage(V3Caller caller, String batchId, List<Map<String, Object>> usages) {
        return write(caller, Write.PUT, V3Path.of("usage-batches", batchId), Map.of(), Map.of("asset_usages", usages));
    }

    private static Map<String, String> boardHeader(String name, String description) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("name", name);
        if (description != null) {
            header.put("description", description);
        }
        return header;
    }

    /**
     * {@code POST /v3/downloads/images|videos/{id}} with {@code auto_download=false}: the {@code uri}
     * of the file. Each success uses up a download of the product, so it is never retried.
     *
     * @throws V3ServerFailure with error code {@value #NO_DOWNLOAD_URI} when the answer has no uri, or one that is not an absolute http(s) URL
     * @throws V3DeadlineExceeded when the caller's deadline passed first; {@code sent()} tells whether the POST went out
     */
    public String downloadUri(V3Caller caller, String assetType, String id, Map<String, String> query) {
        Map<String, String> withoutRedirect = new LinkedHashMap<>(query);
        withoutRedirect.put("auto_download", "false");
        V3Path path = V3Path.of("downloads", assetType, id);
        String uri = unsafe("POST", path.encoded(), "downloads/" + assetType, caller, guards.downloadTimeout(), false,
                () -> client.get().send(HttpMethod.POST, path.encoded(), withoutRedirect, credentials(caller), "{}"))
                .path("uri").asText(null);
        if (uri == null || uri.isBlank()) {
            throw new V3ServerFailure(0, NO_DOWNLOAD_URI, "The image service gave no download location.");
        }
        if (!isWebLocation(uri)) { // the message leaves the URI out: it is never logged
            throw new V3ServerFailure(0, NO_DOWNLOAD_URI, "The image service gave an unusable download location.");
        }
        return uri;
    }

    /**
     * One POST, PUT or DELETE of {@code path} with a JSON {@code body} (null: none), e.g.
     * {@code write(caller, Write.POST, V3Path.of("boards"), Map.of(), Map.of("name", "Ideas"))}.
     * Sent at most once (writes guard: timeout, shared breaker, no retry). Answers the JSON v3 gave,
     * or a missing node when it answered 2xx with an empty body (201/204).
     */
    public JsonNode write(V3Caller caller, Write verb, V3Path path, Map<String, String> query, Object body) {
        String json = body == null ? null : text(body);
        String encoded = path.encoded();
        HttpMethod method = switch (verb) {
            case POST -> HttpMethod.POST;
            case PUT -> HttpMethod.PUT;
            case DELETE -> HttpMethod.DELETE;
        };
        return unsafe(verb.name(), encoded, verb + " " + encoded, caller, guards.writeTimeout(), true,
                () -> client.get().send(method, encoded, query, credentials(caller), json));
    }

    private static Map<String, String> credentials(V3Caller caller) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("Api-Key", caller.apiKey());
        headers.put("Authorization", caller.authorization());
        return headers;
    }

    /**
     * Only an absolute http(s) URL with a host goes on to the client as Location or UrlAttachment:
     * anything else (javascript:, data:, relative or unparsable text) would run or resolve client-side.
     */
    private static boolean isWebLocation(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && parsed.getRawAuthority() != null && parsed.getHost() != null && !parsed.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A GET: safe to repeat, so retried on transient failures and throttling. */
    private JsonNode read(V3Caller caller, V3Path path, Map<String, String> query, boolean withCountry) {
        String resource = path.encoded();
        String country = withCountry ? config.countryCode().orElse(null) : null; // GI-Country-Code is for search only
        Map<String, String> headers = credentials(caller);
        headers.put("Accept-Language", caller.language());
        headers.put("GI-Country-Code", country);
        Supplier<CompletableFuture<V3HttpClient.Answer>> request = () -> client.get().send(HttpMethod.GET, resource, query, headers, null);
        // Retries stop at the read deadline or the operation's, whichever comes first.
        RetryBackoff.begin(caller.deadline().limit(guards.readDeadline()));
        try {
            return guarded(resource, () -> guards.reads().get(() -> guards.v3().get(
                    () -> exchange("GET", resource, resource, caller.deadline(), guards.readTimeout(), false, request))));
        } finally {
            RetryBackoff.end();
        }
    }

    /**
     * A download or write: one attempt, no retry. Once it is sent and not refused with 401, v3 may
     * have acted, which the caller's {@link V3Effects} records. Marked inside the breaker, so a call
     * the breaker or bulkhead refused (never sent) is not.
     */
    private JsonNode unsafe(String method, String encodedPath, String resource, V3Caller caller, Duration timeout, boolean emptyAllowed,
            Supplier<CompletableFuture<V3HttpClient.Answer>> request) {
        return guarded(resource, () -> guards.v3().get(() -> {
            try {
                JsonNode answer = exchange(method, encodedPath, resource, caller.deadline(), timeout, emptyAllowed, request);
                caller.effects().possiblyApplied();
                return answer;
            } catch (V3Failure failure) {
                if (mayHaveActed(failure)) {
                    caller.effects().possiblyApplied();
                }
                throw failure;
            }
        }));
    }

    /** Whether v3 may have acted on a call that failed so: only a 401, or no request sent at all, is certain. */
    static boolean mayHaveActed(V3Failure failure) {
        if (failure instanceof V3DeadlineExceeded deadline) {
            return deadline.sent();
        }
        return failure.status() != 401 && !CONNECT_FAILED.equals(failure.errorCode());
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("a v3 request body must serialize to JSON", e);
        }
    }

    /** Runs one guarded call, turning the shared guard's refusals into failures. */
    private JsonNode guarded(String resource, Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (CircuitBreakerOpenException e) {
            throw new V3ServerFailure(0, "CircuitOpen", "The image service is failing; calls are paused for a while.");
        } catch (BulkheadException e) {
            refusals.warn("v3 " + resource + " refused: " + guards.maxConcurrentCalls()
                    + " upstream calls already in flight (gateway.upstream.resilience.max-concurrent-calls)");
            throw new V3ServerFailure(0, "BulkheadFull", "Too many requests are waiting for the image service.");
        }
    }

    /**
     * One HTTP exchange of at most {@code timeout} or the time left before {@code deadline}: 2xx JSON,
     * or the failure subclass its status and cause call for. Giving up cancels the call, which
     * resets the HTTP request, so its pooled connection is free at once instead of when the socket
     * read timeout fires.
     */
    private JsonNode exchange(String method, String encodedPath, String resource, Deadline deadline, Duration timeout,
            boolean emptyAllowed, Supplier<CompletableFuture<V3HttpClient.Answer>> request) {
        Duration limit = deadline.limit(timeout);
        if (limit.toMillis() < 1) {
            throw new V3DeadlineExceeded(false); // not sent: there is no time to wait for an answer
        }
        boolean deadlineFirst = deadline.cuts(timeout);
        V3HttpClient.Answer answer = timed(method, encodedPath, () -> await(resource, request.get(), limit, deadlineFirst));
        if (answer.status() / 100 == 2) {
            return answers.success(answer.body(), emptyAllowed);
        }
        V3Failure failure = failure(answer);
        LOG.debugf("v3 %s answered HTTP %d %s", resource, failure.status(), failure.errorCode());
        throw failure;
    }

    /** One exchange, timed per method, route template and status class (docs/operations.md). */
    private V3HttpClient.Answer timed(String method, String encodedPath, Supplier<V3HttpClient.Answer> exchange) {
        UpstreamMetrics.Exchange timing = metrics.start();
        V3HttpClient.Answer answer;
        try {
            answer = exchange.get();
        } catch (V3Failure failure) {
            metrics.v3Failed(timing, method, encodedPath, failure instanceof V3DeadlineExceeded || TIMEOUT.equals(failure.errorCode()));
            throw failure;
        } catch (RuntimeException failure) {
            metrics.v3Failed(timing, method, encodedPath, false);
            throw failure;
        }
        metrics.v3Answered(timing, method, encodedPath, answer.status());
        return answer;
    }

    /** The answer within {@code limit}; on a timeout, interruption or wire failure the call is cancelled and a failure thrown. */
    private static V3HttpClient.Answer await(String resource, CompletableFuture<V3HttpClient.Answer> call, Duration limit,
            boolean deadlineFirst) {
        try {
            return call.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(false);
            if (deadlineFirst) {
                LOG.debugf("v3 %s cut off by the operation deadline", resource);
                throw new V3DeadlineExceeded(true);
            }
            LOG.warnf("v3 %s timed out", resource);
            throw new V3ServerFailure(0, TIMEOUT, "The image service did not answer in time.");
        } catch (InterruptedException e) {
            call.cancel(false);
            Thread.currentThread().interrupt();
            LOG.warnf("v3 %s: the wait was interrupted", resource);
            throw new V3ServerFailure(0, "NoAnswer", "The image service gave no usable answer.");
        } catch (ExecutionException e) {
            // Failed on the wire: refused or timed-out connect, closed connection, silence past the read timeout, oversized answer.
            Throwable root = Causes.root(e.getCause());
            LOG.warnf("v3 %s failed: %s", resource, root.getClass().getSimpleName());
            if (root instanceof ConnectException) {
                throw new V3TransientFailure(0, CONNECT_FAILED, "The image service could not be reached.");
            }
            throw new V3ServerFailure(0, "NoAnswer", "The image service gave no usable answer.");
        }
    }

    private V3Failure failure(V3HttpClient.Answer answer) {
        int status = answer.status();
        byte[] body = answer.body();
        String code = null;
        String message = null;
        try {
            JsonNode error = json.readTree(body);
            code = firstText(error, "ErrorCode", "code");
            message = firstText(error, "ErrorMessage", "message");
        } catch (IOException | RuntimeException unreadable) {
            // Keep the status alone.
        }
        String text = message == null ? "HTTP " + status : message;
        if (throttled(status, answer.errorDetail(), message)) {
            return new V3Throttled(status, code, text, RetryAfter.parse(answer.retryAfter(), clock));
        }
        if (status == 502 || status == 503 || status == 504) {
            return new V3TransientFailure(status, code, text);
        }
        return status >= 500 ? new V3ServerFailure(status, code, text) : new V3Failure(status, code, text);
    }

    /**
     * 429, or a 403 whose X-Error-Detail (or, behind proxies that drop it, message) says the
     * account is over its queries-per-second or daily limit, as v3 answered in 2015.
     */
    static boolean throttled(int status, String errorDetail, String message) {
        if (status == 429) {
            return true;
        }
        return status == 403 && (overLimit(errorDetail) || overLimit(message));
    }

    private static boolean overLimit(String text) {
        return text != null && text.regionMatches(true, 0, OVER_LIMIT, 0, OVER_LIMIT.length());
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node == null ? null : node.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
