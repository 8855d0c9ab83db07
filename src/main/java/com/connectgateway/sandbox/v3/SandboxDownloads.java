package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxImage;
import com.connectgateway.sandbox.catalog.SandboxProducts;
import com.connectgateway.sandbox.catalog.SandboxVideo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
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
    private final SandboxDownloadHistory history;

    SandboxDownloads(SandboxCatalog catalog, SandboxProductLedger ledger, DeliveryTickets tickets,
            SandboxDownloadHistory history) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.tickets = tickets;
        this.history = history;
    }

    /**
     * The delivery path ({@code /sandbox/delivery/<ticket>/<id>.png}) or a v3 error; a granted
     * download is recorded in the user's {@link SandboxDownloadHistory}.
     */
    String download(String user, String imageId, DownloadQuery query) {
        SandboxImage image = catalog.image(imageId)
                .orElseThrow(() -> SandboxV3Error.imageNotFound("Image not found: " + imageId));
        if (image.callForImage()) {
            throw SandboxV3Error.callForImage();
        }
        SandboxProducts.Product product = product(image.id(), "image", image.productTypes(), query.productType(),
                query.productId());
        checkSize(image, query);
        take(product);
        Map<String, Object> size = downloadedSize(image, query);
        history.record(user, image.id(), "image", product, (String) size.get("name"), (Integer) size.get("width"),
                (Integer) size.get("height"), (Integer) size.get("dpi"), image.licenseModel());
        return "/sandbox/delivery/" + tickets.issue(image.id()) + "/" + image.id() + ".png";
    }

    /** A video download, checked like an image's: the video, the product, the size, then the allowance. */
    String downloadVideo(String user, String videoId, VideoDownloadQuery query) {
        SandboxVideo video = catalog.video(videoId)
                .orElseThrow(() -> SandboxV3Error.videoNotFound("Video not found: " + videoId));
        SandboxProducts.Product product = product(video.id(), "video", video.still().productTypes(),
                query.productType(), query.productId());
        Optional<VideoDownloadSizes.Size> size = VideoDownloadSizes.named(video, query.size());
        if (size.isEmpty()) {
            throw SandboxV3Error.invalidParameter("Invalid value '" + query.size() + "' for parameter 'size': video "
                    + video.id() + " has the download sizes " + VideoDownloadSizes.of(video).stream()
                            .map(VideoDownloadSizes.Size::name).toList() + ".");
        }
        take(product);
        history.record(user, video.id(), "video", product, size.get().name(), size.get().width(), size.get().height(), null,
                video.licenseModel());
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

    /** The size a granted download delivered: the one of the asked height, the EPS, or the largest JPEG. */
    private static Map<String, Object> downloadedSize(SandboxImage image, DownloadQuery query) {
        List<Map<String, Object>> sizes = DownloadSizes.sizes(image);
        if (query.eps()) {
            return sizes.get(sizes.size() - 1);
        }
        return sizes.stream().filter(size -> !"eps".equals(size.get("name")))
                .filter(size -> query.height() == null || query.height().equals(size.get("height")))
                .reduce((first, second) -> query.height() == null ? second : first).orElseThrow();
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
