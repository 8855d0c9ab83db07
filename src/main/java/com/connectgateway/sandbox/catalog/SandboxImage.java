package com.connectgateway.sandbox.catalog;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One catalog image with everything the v3 image fields are rendered from. Empty values are
 * null or empty lists, as v3 sends them. Editorial-only members are empty for creative images.
 *
 * @param popularity        drives {@code most_popular} and the best-match tie-break
 * @param embeddable        whether {@code uri_oembed} is set
 * @param istockReferral    whether {@code referral_destinations} also names istockphoto
 * @param nudity            removed by {@code exclude_nudity=true}
 * @param fileTypes         "jpg", plus "eps" for vectors
 */
public record SandboxImage(
        String id,
        String assetFamily,
        String title,
        String caption,
        String artist,
        String artistTitle,
        String copyright,
        String creditLine,
        SandboxCollection collection,
        String licenseModel,
        String graphicalStyle,
        String colorType,
        String orientation,
        OffsetDateTime dateCreated,
        OffsetDateTime dateSubmitted,
        boolean callForImage,
        int qualityRank,
        int maxWidth,
        int maxHeight,
        AllowedUse allowedUse,
        List<String> editorialSegments,
        List<Integer> eventIds,
        List<String> people,
        EditorialSource editorialSource,
        List<ImageKeyword> keywords,
        boolean istockReferral,
        boolean embeddable,
        boolean nudity,
        List<String> fileTypes,
        List<String> productTypes,
        int popularity,
        String city,
        String stateProvince,
        String country) {

    public static final String CREATIVE = "creative";
    public static final String EDITORIAL = "editorial";
    public static final String ROYALTY_FREE = "royaltyfree";
    public static final String RIGHTS_MANAGED = "rightsmanaged";

    public boolean creative() {
        return CREATIVE.equals(assetFamily);
    }

    public boolean vector() {
        return "vector".equals(graphicalStyle);
    }

    /**
     * Ids are decimal numbers as strings: nine digits in the hand-made catalog, eleven or more for
     * open-vocabulary pictures. Ordered as numbers (shorter first, then digit by digit).
     */
    public static final Comparator<SandboxImage> BY_ID = Comparator.comparingInt((SandboxImage image) -> image.id().length())
            .thenComparing(SandboxImage::id);

    /** A well-spread number derived from the id alone, for shuffles and picture colours. */
    public long idHash() {
        return Hashing.of(id);
    }
}
