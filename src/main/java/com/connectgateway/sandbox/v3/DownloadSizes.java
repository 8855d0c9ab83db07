package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.SandboxProducts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The download sizes of an image and its download links. Sizes are estimates, as in v3: three or
 * four JPEG sizes whose largest is the image's maximum dimensions, plus an EPS for vectors.
 */
final class DownloadSizes {

    private static final List<String> NAMES = List.of("small", "medium", "large", "x_large");
    /** Long sides of the sizes below the original; the original gets the next name. */
    private static final int[] LONG_SIDES = { 800, 1600, 3000 };

    private DownloadSizes() {
    }

    /** {@code download_sizes}: every size, without links. */
    static List<Map<String, Object>> sizes(SandboxImage image) {
        int longSide = Math.max(image.maxWidth(), image.maxHeight());
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (int target : LONG_SIDES) {
            if (target < longSide) {
                double scale = (double) target / longSide;
                sizes.add(jpeg(NAMES.get(sizes.size()), (int) Math.round(image.maxWidth() * scale),
                        (int) Math.round(image.maxHeight() * scale)));
            }
        }
        sizes.add(jpeg(NAMES.get(sizes.size()), image.maxWidth(), image.maxHeight()));
        if (image.vector()) {
            sizes.add(size("eps", image.maxWidth(), image.maxHeight(), "application/postscript", 0.1, 300));
        }
        return sizes;
    }

    /** {@code largest_downloads} of {@code /v3/images}: the largest JPEG size with one link per product. */
    static List<Map<String, Object>> largestWithLinks(SandboxImage image, String baseUrl) {
        List<Map<String, Object>> links = links(image, baseUrl);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<String, Object> largest = jpeg(largestName(image), image.maxWidth(), image.maxHeight());
        largest.put("downloads", links);
        return List.of(largest);
    }

    /**
     * {@code largest_downloads} of search results: flat download objects, one per product type the
     * image can be downloaded with. Call-for-image images have none.
     */
    static List<Map<String, Object>> links(SandboxImage image, String baseUrl) {
        return links(image, type -> downloadPath(baseUrl, image));
    }

    /**
     * The {@code downloads} field: every size of {@code download_sizes}, each with one link per
     * product that can download it. The link carries the size's height and the product type, so
     * posting it as is downloads that size with that product. Call-for-image images list no sizes.
     */
    static List<Map<String, Object>> sizesWithLinks(SandboxImage image, String baseUrl) {
        if (image.callForImage()) {
            return List.of();
        }
        List<Map<String, Object>> sizes = sizes(image);
        for (Map<String, Object> size : sizes) {
            Object height = size.get("height");
            size.put("downloads", links(image,
                    type -> downloadPath(baseUrl, image) + "?height=" + height + "&product_type=" + type));
        }
        return sizes;
    }

    private static List<Map<String, Object>> links(SandboxImage image, Function<String, String> uriOfType) {
        return links(image.productTypes(), image.callForImage(), uriOfType);
    }

    /**
     * One download object per product type the asset can be downloaded with and the sandbox user
     * holds, none for a call-for-image asset: the product listing of images and videos alike.
     */
    static List<Map<String, Object>> links(List<String> productTypes, boolean callForImage,
            Function<String, String> uriOfType) {
        if (callForImage) {
            return List.of();
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (String type : productTypes) {
            SandboxProducts.byType(type).ifPresent(product -> {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("product_id", product.id());
                link.put("product_type", product.type());
                link.put("uri", uriOfType.apply(product.type()));
                link.put("agreement_name", product.agreementName());
                links.add(link);
            });
        }
        return links;
    }

    private static String downloadPath(String baseUrl, SandboxImage image) {
        return baseUrl + "/sandbox/v3/downloads/images/" + image.id();
    }

    private static String largestName(SandboxImage image) {
        List<Map<String, Object>> sizes = sizes(image);
        return (String) sizes.get(image.vector() ? sizes.size() - 2 : sizes.size() - 1).get("name");
    }

    private static Map<String, Object> jpeg(String name, int width, int height) {
        boolean print = name.equals("large") || name.equals("x_large");
        return size(name, width, height, "image/jpeg", 0.4, print ? 300 : 72);
    }

    private static Map<String, Object> size(String name, int width, int height, String mediaType, double bytesPerPixel,
            int dpi) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("bytes", Math.round((double) width * height * bytesPerPixel));
        size.put("height", height);
        size.put("width", width);
        size.put("media_type", mediaType);
        size.put("name", name);
        size.put("dpi", dpi);
        return size;
    }
}
