package com.connectgateway.sandbox.v3;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway asked the sandbox's v3 resources, for tests that assert the exact upstream
 * query a legacy call was translated into. Only the latest searches and downloads are kept, so a
 * long demo run does not grow without bound.
 */
@ApplicationScoped
public class SandboxRequestLog {

    private static final int KEPT_SEARCHES = 500;
    private static final int KEPT_DOWNLOADS = 500;

    private final AtomicLong searchRequests = new AtomicLong();
    private final AtomicLong imageRequests = new AtomicLong();
    private final AtomicLong downloadRequests = new AtomicLong();
    private final Deque<Map<String, Object>> searches = new ArrayDeque<>();
    private final Deque<Map<String, Object>> downloads = new ArrayDeque<>();

    /**
     * Records one search call as {@code {"path", "query", "headers"}}; {@code query} holds the
     * decoded parameters as sent, {@code headers} the headers that change v3's answer.
     */
    void search(String path, Map<String, String> query, String acceptLanguage, String countryCode,
            boolean authorization) {
        searchRequests.incrementAndGet();
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", acceptLanguage);
        headers.put("GI-Country-Code", countryCode);
        headers.put("Authorization-present", authorization);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", path);
        entry.put("query", new LinkedHashMap<>(query));
        entry.put("headers", headers);
        synchronized (searches) {
            searches.addLast(entry);
            if (searches.size() > KEPT_SEARCHES) {
                searches.removeFirst();
            }
        }
    }

    /**
     * Parses a search's query and logs the call before anything can fail, so tests also see the
     * requests that were refused (with no parameters when the query itself is malformed).
     */
    QueryParams searched(UriInfo uriInfo, HttpHeaders headers) {
        String path = uriInfo.getRequestUri().getPath();
        String language = headers.getHeaderString("Accept-Language");
        String country = headers.getHeaderString("GI-Country-Code");
        boolean authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        QueryParams params;
        try {
            params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
        } catch (SandboxV3Error e) {
            search(path, Map.of(), language, country, authorization);
            throw e;
        }
        search(path, params.asMap(), language, country, authorization);
        return params;
    }

    void image() {
        imageRequests.incrementAndGet();
    }

    /**
     * Records one download POST, refused ones included, as {@code {"assetType": "image"|"video",
     * "imageId"|"videoId", "query", "status"}}:
     * the decoded parameters as sent and the HTTP status the sandbox answered.
     */
    void download(String assetType, String assetId, Map<String, String> query, int status) {
        downloadRequests.incrementAndGet();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("assetType", assetType);
        // "imageId" as before for images, so existing readers of the log keep working.
        entry.put(assetType + "Id", assetId);
        entry.put("query", new LinkedHashMap<>(query));
        entry.put("status", status);
        synchronized (downloads) {
            downloads.addLast(entry);
            if (downloads.size() > KEPT_DOWNLOADS) {
                downloads.removeFirst();
            }
        }
    }

    public long searchRequests() {
        return searchRequests.get();
    }

    public long imageRequests() {
        return imageRequests.get();
    }

    public long downloadRequests() {
        return downloadRequests.get();
    }

    public List<Map<String, Object>> downloads() {
        synchronized (downloads) {
            return new ArrayList<>(downloads);
        }
    }

    public Optional<Map<String, Object>> lastSearch() {
        synchronized (searches) {
            return Optional.ofNullable(searches.peekLast());
        }
    }

    public List<Map<String, Object>> searches() {
        synchronized (searches) {
            return new ArrayList<>(searches);
        }
    }

    public void reset() {
        synchronized (searches) {
            searches.clear();
            searchRequests.set(0);
            imageRequests.set(0);
        }
        synchronized (downloads) {
            downloads.clear();
            downloadRequests.set(0);
        }
    }
}
