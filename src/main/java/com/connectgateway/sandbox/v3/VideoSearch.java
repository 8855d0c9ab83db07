package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxVideo;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Filters and orders the videos for a search the way {@link ImageSearch} does images: the
 * hand-made videos whose still's text matches every term ({@link SearchText}), then, for an
 * open-vocabulary phrase, every {@value SandboxCatalog#VIDEO_ONE_IN}th picture of the topic's
 * ranking in the family ({@link TopicResults}) as a video. Orders are those of
 * {@link SearchOrder}, by the stills.
 */
@ApplicationScoped
public class VideoSearch {

    record Page(int total, List<SandboxVideo> videos) {
    }

    private record Hit(SandboxVideo video, int score) {
    }

    private final SandboxCatalog catalog;
    private final Map<String, SearchText> texts = new HashMap<>();

    VideoSearch(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    void index() {
        catalog.videos().forEach(video -> texts.put(video.id(), SearchText.of(video.still())));
    }

    Page search(VideoSearchEndpoint endpoint, VideoSearchQuery query) {
        boolean bestMatch = "best_match".equals(query.sortOrder());
        List<Hit> hits = new ArrayList<>();
        for (SandboxVideo video : catalog.videos()) {
            SearchText text = texts.get(video.id());
            if (endpoint.images().covers(video.still()) && text.matchesAll(query.terms())
                    && passes(video, text, query)) {
                hits.add(new Hit(video, bestMatch ? text.score(query.terms()) : 0));
            }
        }
        hits.sort(SearchOrder.of(query.sortOrder(), query.phrase(), (Hit hit) -> hit.video().still(), Hit::score));
        Optional<TopicResults> open = catalog.openVocabulary().topic(query.phrase())
                .map(topic -> new TopicResults(catalog.openVocabulary(), topic, endpoint.images()));
        if (open.isEmpty()) {
            return page(hits.size(), query, position -> hits.get(position).video());
        }
        TopicResults topic = open.get();
        int filmed = (topic.size() + SandboxCatalog.VIDEO_ONE_IN - 1) / SandboxCatalog.VIDEO_ONE_IN;
        IntFunction<SandboxVideo> topicVideo = rank -> catalog.videoOf(topic.image(rank * SandboxCatalog.VIDEO_ONE_IN));
        if (bestMatch && !query.filters()) {
            // Hand-made matches first, then the topic's videos by rank; only the page is generated.
            return page(hits.size() + filmed, query, position -> position < hits.size()
                    ? hits.get(position).video() : topicVideo.apply(position - hits.size()));
        }
        List<Hit> all = new ArrayList<>(hits);
        for (int rank = 0; rank < filmed; rank++) {
            SandboxVideo video = topicVideo.apply(rank);
            if (passes(video, SearchText.of(video.still()), query)) {
                all.add(new Hit(video, 0));
            }
        }
        if (!bestMatch) {
            all.sort(SearchOrder.of(query.sortOrder(), query.phrase(), (Hit hit) -> hit.video().still(), Hit::score));
        }
        return page(all.size(), query, position -> all.get(position).video());
    }

    private static Page page(int total, VideoSearchQuery query, IntFunction<SandboxVideo> videoAt) {
        long from = (long) (query.page() - 1) * query.pageSize();
        List<SandboxVideo> videos = new ArrayList<>();
        for (long position = from; position < Math.min(total, from + query.pageSize()); position++) {
            videos.add(videoAt.apply((int) position));
        }
        return new Page(total, List.copyOf(videos));
    }

    private static boolean passes(SandboxVideo video, SearchText text, VideoSearchQuery query) {
        var still = video.still();
        if (query.noneFit()) {
            return false;
        }
        if (!text.keywordIds().containsAll(query.keywordIds())
                || !Collections.disjoint(text.keywordIds(), query.excludedKeywordIds())) {
            return false;
        }
        if (!query.collectionCodes().isEmpty() && query.collectionCodes()
                .contains(SearchText.normalize(still.collection().code())) == query.excludeCollections()) {
            return false;
        }
        if (query.formatAvailable() != null && !video.formats().contains(query.formatAvailable())
                || query.excludeNudity() && video.nudity()
                || !query.licenseModels().isEmpty() && !query.licenseModels().contains(video.licenseModel())
                || !query.editorialVideoTypes().isEmpty()
                        && !query.editorialVideoTypes().contains(video.editorialType())) {
            return false;
        }
        if (!query.eventIds().isEmpty() && Collections.disjoint(query.eventIds(), still.eventIds())
                || !text.people().containsAll(query.specificPeople())
                || !query.artists().isEmpty() && !query.artists().contains(text.artist())) {
            return false;
        }
        if (query.dateFrom() != null && still.dateCreated().toLocalDate().isBefore(query.dateFrom())
                || query.dateTo() != null && still.dateCreated().toLocalDate().isAfter(query.dateTo())) {
            return false;
        }
        if (query.downloadProduct() != null && !still.productTypes().contains(query.downloadProduct())
                || !query.frameRates().isEmpty() && !query.frameRates().contains(video.frameRate())
                || !query.shotSpeeds().isEmpty() && !query.shotSpeeds().contains(video.shotSpeed())
                || !query.colorTypes().isEmpty() && !query.colorTypes().contains(still.colorType())) {
            return false;
        }
        int seconds = (int) Math.round(video.clipFrames() / video.frameRate());
        return (query.minClipSeconds() == null || seconds >= query.minClipSeconds())
                && (query.maxClipSeconds() == null || seconds <= query.maxClipSeconds());
    }
}
