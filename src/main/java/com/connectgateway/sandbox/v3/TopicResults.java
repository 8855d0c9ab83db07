package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.OpenVocabulary;
import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.Topic;
import com.connectgateway.sandbox.catalog.Topics;

/**
 * The open-vocabulary pictures one search endpoint finds for a topic, in best-match order: the
 * families' rankings interleaved (creative, editorial, creative, ...) until the smaller one runs
 * out. Any position maps straight to its picture, so a page is generated without the others.
 */
final class TopicResults {

    private final OpenVocabulary vocabulary;
    private final Topic topic;
    private final int creative;
    private final int editorial;

    TopicResults(OpenVocabulary vocabulary, Topic topic, SearchEndpoint endpoint) {
        Topics.Totals totals = vocabulary.totals(topic);
        this.vocabulary = vocabulary;
        this.topic = topic;
        this.creative = endpoint.covers(SandboxImage.CREATIVE) ? totals.creative() : 0;
        this.editorial = endpoint.covers(SandboxImage.EDITORIAL) ? totals.editorial() : 0;
    }

    int size() {
        return creative + editorial;
    }

    /** The picture at a best-match position, 0 to {@link #size()} - 1. */
    SandboxImage image(int position) {
        int shared = Math.min(creative, editorial);
        if (position < 2 * shared) {
            return vocabulary.image(topic, position % 2 == 1, position / 2);
        }
        return vocabulary.image(topic, editorial > creative, position - shared);
    }
}
