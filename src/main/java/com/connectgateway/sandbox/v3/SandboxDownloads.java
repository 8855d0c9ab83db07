package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.SandboxProducts;
import com.connectgateway.sandbox.catalog.SandboxVideo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
        SandboxProducts.Product product = product(image.id(), "image", image.productTypes(), query.productType(),
                query.productId());
        checkSize(image, query);
        take(product);
        return "/sandbox/delivery/" + tickets.issue(image.id()) + "/" + image.id() + ".png";
    }

    /** A video download, checked like an image's: the video, the product, the size, then the allowance. */
    String downloadVideo(String videoId, VideoDownloadQuery query) {
        SandboxVideo video = catalog.video(videoId)
                .orElseThrow(() -> SandboxV3Error.videoNotFound("Video not found: " + videoId));
        SandboxProducts.Product product = product(video.id(), "video", video.still().productTypes(),
                query.productType(), query.productId());
        if (VideoDownloadSizes.named(video, query.size()).isEmpty()) {
            throw SandboxV3Error.invalidParameter("Invalid value '" + query.size() + "' for parameter 'size': video "
                    + video.id() + " has the download sizes " + VideoDownloadSizes.of(video).stream()
                            .map(VideoDownloadSizes.Size::name).toList() + ".");
        }
        take(product);
        return "/sandbox/delivery/" + tickets.issue(video.id()) + "/" + video.id() + ".mp4";
    }

    /** Takes one download from the product's allowance, or refuses at zero. */
    private void take(SandboxProducts.Product product) {
        if (ledger.take(product.id()) == SandboxProductLedger.Take.EXHAUSTED) {
            throw SandboxV3Error.overageLimitReached("The download limit of product " + product.id() + " ("
                    + product.type() + ") has been reached for this period.");
        }
    }

    /**
     * The product asked for, or without {@code product_type} the first of the asset's product
     * types the user holds; it must license the asset and be the user's.
     */
    private static SandboxProducts.Product product(String id, String asset, List<String> productTypes,
            String productType, Integer productId) {
        Optional<SandboxProducts.Product> product;
        if (productType != null) {
            product = SandboxProducts.byType(productType)
                    .filter(p -> productId == null || p.id().equals(String.valueOf(productId)));
        } else if (productId != null) {
            product = SandboxProducts.byId(String.valueOf(productId));
        } else {
            product = productTypes.stream().map(SandboxProducts::byType).flatMap(Optional::stream).findFirst();
        }
        return product.filter(p -> productTypes.contains(p.type()))
                .orElseThrow(() -> SandboxV3Error.noAccessToProductType(noAccess(id, asset, productType, productId)));
    }

    private static String noAccess(String id, String asset, String productType, Integer productId) {
        if (productType == null && productId == null) {
            return "None of your products can download " + asset + " " + id + ".";
        }
        String asked = productType != null ? "product type '" + productType + "'" : "this product";
        String number = productId != null ? " (product id " + productId + ")" : "";
        return "You have no access to " + asset + " " + id + " with " + asked + number + ".";
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
