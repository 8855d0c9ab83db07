package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo user's purchase history, the same on every start: seven catalog images bought in five
 * orders between 2023 and 2025, newest first. Other users have bought nothing. Purchases are not
 * made in the sandbox, so nothing here changes and a reset leaves it as it is.
 */
@ApplicationScoped
public class SandboxPurchases {

    /** One purchased asset; {@code sizeName} and {@code bytes} from the image's largest JPEG. */
    record Purchase(Instant purchased, String user, SandboxImage image, String orderId, String sizeName, long bytes) {
    }

    /** When each purchase was made and in which order; the images are the first seven purchasable ones. */
    private static final List<Map.Entry<String, String>> ORDERS = List.of(
            Map.entry("2025-05-20T14:02:11Z", "ORD-2025-0520-01"),
            Map.entry("2025-05-20T14:02:11Z", "ORD-2025-0520-01"),
            Map.entry("2025-01-08T09:30:00Z", "ORD-2025-0108-07"),
            Map.entry("2024-09-14T18:45:27Z", "ORD-2024-0914-03"),
            Map.entry("2024-09-14T18:45:27Z", "ORD-2024-0914-03"),
            Map.entry("2024-02-29T12:00:00Z", "ORD-2024-0229-11"),
            Map.entry("2023-11-03T07:15:42Z", "ORD-2023-1103-02"));

    private final List<Purchase> purchases;

    SandboxPurchases(SandboxCatalog catalog) {
        List<SandboxImage> bought = catalog.images().stream().filter(image -> !image.callForImage())
                .limit(ORDERS.size()).toList();
        List<Purchase> list = new ArrayList<>();
        for (int i = 0; i < bought.size(); i++) {
            SandboxImage image = bought.get(i);
            List<Map<String, Object>> sizes = DownloadSizes.sizes(image).stream()
                    .filter(size -> !"eps".equals(size.get("name"))).toList();
            Map<String, Object> largest = sizes.get(sizes.size() - 1);
            list.add(new Purchase(Instant.parse(ORDERS.get(i).getKey()), SandboxAccounts.USER_NAME, image,
                    ORDERS.get(i).getValue(), (String) largest.get("name"), (Long) largest.get("bytes")));
        }
        this.purchases = List.copyOf(list);
    }

    /** The user's purchases, newest first. */
    List<Purchase> of(String user) {
        return purchases.stream().filter(purchase -> purchase.user().equals(user)).toList();
    }
}
