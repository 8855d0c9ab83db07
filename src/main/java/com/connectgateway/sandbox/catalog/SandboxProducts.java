package com.connectgateway.sandbox.catalog;

import java.util.List;
import java.util.Optional;

/** The download products the sandbox user holds, one per v3 product type. */
public final class SandboxProducts {

    /** A product of the sandbox user; {@code id} is the v3 product id (a string in download objects). */
    public record Product(String type, String id, String agreementName) {
    }

    public static final List<Product> ALL = List.of(
            new Product("premiumaccess", "1234", "Premium Access Agreement 2024"),
            new Product("royaltyfreesubscription", "2345", "Royalty-Free Subscription Agreement"),
            new Product("editorialsubscription", "3456", "Editorial Subscription Agreement"),
            new Product("easyaccess", "4567", "Easy Access Agreement"),
            new Product("imagepack", "5678", "Image Pack Agreement"));

    public static final List<String> TYPES = ALL.stream().map(Product::type).toList();

    private SandboxProducts() {
    }

    public static Optional<Product> byType(String type) {
        return ALL.stream().filter(p -> p.type().equals(type)).findFirst();
    }
}
