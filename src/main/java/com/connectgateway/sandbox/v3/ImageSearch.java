package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.control.Hit;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Filters and orders the catalog for a search: the hand-made images whose text matches every
 * term, and, when the phrase is about an open-vocabulary topic, that topic's generated pictures.
 * Every order ends with the id as a tie-break, so it is total and stable and consecutive pages
 * never overlap or skip an image. Best match lists the hand-made matches first.
 */
@ApplicationScoped
public class ImageSearch {

    /** One page of results and the number of all matches. */
    record Page(int total, List<SandboxImage> images) {
    }

    private record Hit(SandboxImage image, int score) {
    }

    /** An unfiltered search's whole order depends on these alone, not on the page asked for. */
    private record OrderKey(SearchEndpoint endpoint, List<String> terms, String phrase, String sortOrder) {
    }

    private static final int KEPT_ORDERS = 32;

    private final SandboxCatalog catalog;
    private final Map<String, SearchText> texts = new HashMap<>();
    /**
     * Orders of unfiltered topic searches sorted other than by best match, which generate and sort
     * every picture of the topic (about 10 ms): kept, so paging through one, or the same search
     * asked again (as a load test does), costs a page. Images are deterministic, so a kept order is
     * the one a new computation would give.
     */
    private final Map<OrderKey, List<SandboxImage>> orders = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT_ORDERS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<OrderKey, List<SandboxImage>> eldest) {
                    return size() > KEPT_ORDERS;
                }
            });

    ImageSearch(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    void index() {
        catalog.images().forEach(image -> texts.put(image.id(), SearchText.of(image)));
    }

    Page search(SearchEndpoint endpoint, SandboxSearchQuery query) {
        boolean bestMatch = "best_match".equals(query.sortOrder());
        Optional<TopicResults> open = catalog.openVocabulary().topic(query.phrase())
                .map(topic -> new TopicResults(catalog.openVocabulary(), topic, endpoint));
        if (open.isPresent() && !bestMatch && !query.filters()) {
            // A kept order needs neither the hand-made matches nor the topic's pictures again.
            List<SandboxImage> all = orders.computeIfAbsent(
                    new OrderKey(endpoint, query.terms(), query.phrase(), query.sortOrder()),
                    key -> everyMatch(handMade(endpoint, query, false), open.get(), query, false));
            return page(all.size(), query, all::get);
        }
        List<Hit> hits = handMade(endpoint, query, bestMatch);
        if (open.isEmpty()) {
            return page(hits.size(), query, position -> hits.get(position).image());
        }
        TopicResults topic = open.get();
        if (bestMatch && !query.filters()) {
            // The common case: hand-made matches first, then the topic's pictures by rank; only the page is generated.
            return page(hits.size() + topic.size(), query, position -> position < hits.size()
                    ? hits.get(position).image() : topic.image(position - hits.size()));
        }
        List<SandboxImage> all = everyMatch(hits, topic, query, bestMatch);
        return page(all.size(), query, all::get);
    }

    /** The hand-made images matching every term and filter, in the query's order. */
    private List<Hit> handMade(SearchEndpoint endpoint, SandboxSearchQuery query, boolean bestMatch) {
        List<Hit> hits = new ArrayList<>();
        for (SandboxImage image : catalog.images()) {
            SearchText text = texts.get(image.id());
            if (endpoint.covers(image) && text.matchesAll(query.terms()) && passesFilters(image, text, query)) {
                hits.add(new Hit(image, bestMatch ? text.score(query.terms()) : 0));
            }
        }
        hits.sort(order(query));
        return hits;
    }

    /** Filtered or sorted otherwise: every picture of the topic is generated (a few thousand, ~10 ms). */
    private List<SandboxImage> everyMatch(List<Hit> hits, TopicResults topic, SandboxSearchQuery query, boolean bestMatch) {
        List<Hit> all = new ArrayList<>(hits);
        boolean filtered = query.filters();
        for (int position = 0; position < topic.size(); position++) {
            SandboxImage image = topic.image(position);
            if (!filtered || passesFilters(image, SearchText.of(image), query)) {
                all.add(new Hit(image, 0));
            }
        }
        if (!bestMatch) {
            all.sort(order(query));
        }
        return all.stream().map(Hit::image).toList();
    }

    private static Page page(int total, SandboxSearchQuery query, IntFunction<SandboxImage> imageAt) {
        long from = (long) (query.page() - 1) * query.pageSize();
        List<SandboxImage> images = new ArrayList<>();
        for (long position = from; position < Math.min(total, from + query.pageSize()); position++) {
            images.add(imageAt.apply((int) position));
        }
        return new Page(total, List.copyOf(images));
    }

    private static boolean passesFilters(SandboxImage image, SearchText text, SandboxSearchQuery query) {
        if (!query.orientations().isEmpty() && !query.orientations().contains(image.orientation())) {
            return false;
        }
        if (!query.graphicalStyles().isEmpty()
                && query.graphicalStyles().contains(image.graphicalStyle()) == query.excludeGraphicalStyles()) {
            return false;
        }
        if (!query.editorialSegments().isEmpty()
                && Collections.disjoint(query.editorialSegments(), image.editorialSegments())) {
            return false;
        }
        if (!query.eventIds().isEmpty() && Collections.disjoint(query.eventIds(), image.eventIds())) {
            return false;
        }
        if (!text.keywordIds().containsAll(query.keywordIds())
                || !Collections.disjoint(text.keywordIds(), query.excludedKeywordIds())) {
            return false;
        }
        if (!text.people().containsAll(query.specificPeople())) {
            return false;
        }
        if (!query.artists().isEmpty() && !query.artists().contains(text.artist())) {
            return false;
        }
        if (query.dateFrom() != null && image.dateCreated().toLocalDate().isBefore(query.dateFrom())
                || query.dateTo() != null && image.dateCreated().toLocalDate().isAfter(query.dateTo())) {
            return false;
        }
        if (query.excludeNudity() && image.nudity() || query.embedContentOnly() && !image.embeddable()
                || query.epsOnly() && !image.fileTypes().contains("eps")) {
            return false;
        }
        if (query.downloadProduct() != null && !image.productTypes().contains(query.downloadProduct())) {
            return false;
        }
        if (!query.collectionCodes().isEmpty() && query.collectionCodes()
                .contains(SearchText.normalize(image.collection().code())) == query.excludeCollections()) {
            return false;
        }
        if (query.minimumQualityRank() != null && image.qualityRank() > query.minimumQualityRank()) {
            return false;
        }
        return query.numberOfPeople().isEmpty() || !Collections.disjoint(query.numberOfPeople(), text.keywordTexts());
    }

    private static Comparator<Hit> order(SandboxSearchQuery query) {
        return SearchOrder.of(query.sortOrder(), query.phrase(), Hit::image, Hit::score);
    }
}
