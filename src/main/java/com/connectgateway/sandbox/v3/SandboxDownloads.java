package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.SandboxProducts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Decides a download by the sandbox user, in v3's order: the image, call-for-image, the product,
 * the size and file type, then the product's remaining allowance. Only a download that passes
 * every check takes one from the allowance and gets a delivery ticket.
 */
@ApplicationScoped
public class SandboxDownloads {

    private final SandboxCatalog catalog;
    private final SandboxProductLedger ledger;
    private final DeliveryTickets tickets;

    SandboxDownloads(SandboxCatalog catalog, SandboxProductLedger ledger, DeliveryTickets tickets) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.tickets = tickets;
    }

    /** The delivery path ({@code /sandbox/delivery/<ticket>/<id>.png}) or a v3 error. */
    String download(String imageId, DownloadQuery query) {
        SandboxImage image = catalog.image(imageId)
                .orElseThrow(() -> SandboxV3Error.imageNotFound("Image not found: " + imageId));
        if (image.callForImage()) {
            throw SandboxV3Error.callForImage();
        }
        SandboxProducts.Product product = product(image, query);
        checkSize(image, query);
        if (ledger.take(product.id()) == SandboxProductLedger.Take.EXHAUSTED) {
            throw SandboxV3Error.overageLimitReached("The download limit of product " + product.id() + " ("
                    + product.type() + ") has been reached for this period.");
        }
        return "/sandbox/delivery/" + tickets.issue(image.id()) + "/" + image.id() + ".png";
    }

    /**
     * The product asked for, or without {@code product_type} the first of the image's product
     * types the user holds; it must license the image and be the user's.
     */
    private static SandboxProducts.Product product(SandboxImage image, DownloadQuery query) {
        Optional<SandboxProducts.Product> product;
        if (query.productType() != null) {
            product = SandboxProducts.byType(query.productType())
                    .filter(p -> query.productId() == null || p.id().equals(String.valueOf(query.productId())));
        } else if (query.productId() != null) {
            product = SandboxProducts.byId(String.valueOf(query.productId()));
        } else {
            product = image.productTypes().stream().map(SandboxProducts::byType).flatMap(Optional::stream)
                    .findFirst();
        }
        return product.filter(p -> image.productTypes().contains(p.type()))
                .orElseThrow(() -> SandboxV3Error.noAccessToProductType(noAccess(image, query)));
    }

    private static String noAccess(SandboxImage image, DownloadQuery query) {
        if (query.productType() == null && query.productId() == null) {
            return "None of your products can download image " + image.id() + ".";
        }
        String asked = query.productType() != null ? "product type '" + query.productType() + "'" : "this product";
        String id = query.productId() != null ? " (product id " + query.productId() + ")" : "";
        return "You have no access to image " + image.id() + " with " + asked + id + ".";
    }

    private static void checkSize(SandboxImage image, DownloadQuery query) {
        if (query.height() != null && DownloadSizes.sizes(image).stream().map(size -> size.get("height"))
                .noneMatch(height -> query.height().equals(height))) {
            throw SandboxV3Error.fileDownloadSizeNotFound("Image " + image.id() + " has no download size of height "
                    + query.height() + ".");
        }
        if (query.eps() && !image.vector()) {
            throw SandboxV3Error.invalidParameter("Invalid value for parameter 'file_type': image " + image.id()
                    + " is not a vector, eps is not available.");
        }
    }
}
