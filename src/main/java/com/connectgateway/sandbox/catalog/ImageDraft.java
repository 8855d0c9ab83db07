package com.connectgateway.sandbox.catalog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable image under construction; the generators fill it in and {@link #build()} freezes it. */
final class ImageDraft {

    String id;
    String assetFamily;
    String title;
    String caption;
    String artist;
    String artistTitle;
    String copyright;
    String creditLine;
    SandboxCollection collection;
    String graphicalStyle = "photography";
    String colorType = "color";
    String orientation;
    OffsetDateTime dateCreated;
    OffsetDateTime dateSubmitted;
    boolean callForImage;
    int qualityRank;
    int maxWidth;
    int maxHeight;
    AllowedUse allowedUse;
    List<String> editorialSegments = List.of();
    List<Integer> eventIds = List.of();
    List<String> people = List.of();
    EditorialSource editorialSource;
    boolean istockReferral;
    boolean embeddable;
    boolean nudity;
    List<String> productTypes = List.of();
    int popularity;
    String city = "";
    String stateProvince = "";
    String country = "";
    /** Keywords by id in the order they were added, so a keyword is attached once. */
    private final Map<String, Keyword> keywords = new LinkedHashMap<>();

    void keyword(Keyword keyword) {
        keywords.putIfAbsent(keyword.id(), keyword);
    }

    int keywordCount() {
        return keywords.size();
    }

    SandboxImage build(Dice dice) {
        List<ImageKeyword> attached = new ArrayList<>();
        for (Keyword keyword : keywords.values()) {
            if (attached.size() == 15) {
                break;
            }
            // v3 leaves relevance null for many keywords.
            attached.add(new ImageKeyword(keyword, dice.chance(0.3) ? null : dice.between(1, 5)));
        }
        List<String> fileTypes = "vector".equals(graphicalStyle) ? List.of("jpg", "eps") : List.of("jpg");
        return new SandboxImage(id, assetFamily, title, caption, artist, artistTitle, copyright, creditLine, collection,
                collection.licenseModel(), graphicalStyle, colorType, orientation, dateCreated, dateSubmitted,
                callForImage, qualityRank, maxWidth, maxHeight, allowedUse, List.copyOf(editorialSegments),
                List.copyOf(eventIds), List.copyOf(people), editorialSource, List.copyOf(attached), istockReferral,
                embeddable, nudity, fileTypes, List.copyOf(productTypes), popularity, city, stateProvince, country);
    }
}
