package com.connectgateway.sandbox.catalog;

import java.util.List;
import java.util.Optional;

/** The download products the sandbox user holds, one per v3 product type. */
public final class SandboxProducts {

    /**
     * A product of the sandbox user; {@code id} is the v3 product id (a string in download objects,
     * a number in {@code /v3/products}). {@code downloadLimit} is the monthly allowance, null when
     * downloads are unlimited.
     */
    public record Product(String type, String id, String name, String agreementName, Integer downloadLimit) {

        public boolean limited() {
            return downloadLimit != null;
        }
    }

    public static final List<Product> ALL = List.of(
            new Product("premiumaccess", "1234", "Premium Access", "Premium Access Agreement 2024", 100),
            new Product("royaltyfreesubscription", "2345", "Royalty-Free Subscription",
                    "Royalty-Free Subscription Agreement", 50),
            new Product("editorialsubscription", "3456", "Editorial Subscription", "Editorial Subscription Agreement",
                    null),
            new Product("easyaccess", "4567", "Easy Access", "Easy Access Agreement", null),
            new Product("imagepack", "5678", "Image Pack (10 images)", "Image Pack Agreement", 10));

    /** The application the demo account's products were ordered for (v3's application_website). */
    public static final String APPLICATION_WEBSITE = "www.example.com";

    public static final List<String> TYPES = ALL.stream().map(Product::type).toList();

    private SandboxProducts() {
    }

    public static Optional<Product> byType(String type) {
        return ALL.stream().filter(p -> p.type().equals(type)).findFirst();
    }

    public static Optional<Product> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
