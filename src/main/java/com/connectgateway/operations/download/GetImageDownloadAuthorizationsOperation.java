package com.connectgateway.operations.download;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.download.DownloadBodies.ImageSize;
import com.connectgateway.operations.download.DownloadBodies.SizesBody;
import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadResults.SizeAuthorization;
import com.connectgateway.operations.download.DownloadResults.SizeImage;
import com.connectgateway.operations.download.DownloadResults.SizeResult;
import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.SizeKey;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.session.Session;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * GetImageDownloadAuthorizations: for each ImageId/SizeKey pair (SizeKeys from GetImageDetails),
 * one authorization per product that may download that size, from {@code downloads} of
 * {@code /v3/images}, with the product's remaining downloads from {@code /v3/products}.
 */
@ApplicationScoped
public class GetImageDownloadAuthorizationsOperation extends DownloadOperation<SizesBody> {

    /**
     * Lower case, like the envelope's Status: the docs capitalise it, but production clients (the
     * WordPress plugin) compare {@code == 'available'}.
     */
    static final String AVAILABLE = "available";

    private final UpstreamCalls upstream;
    private final V3ImageLookup images;
    private final V3Api v3;
    private final DownloadTokenCodec tokens;

    GetImageDownloadAuthorizationsOperation(UpstreamCalls upstream, V3ImageLookup images, V3Api v3, DownloadTokenCodec tokens) {
        this.upstream = upstream;
        this.images = images;
        this.v3 = v3;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "GetImageDownloadAuthorizations";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    @Override
    public Class<SizesBody> bodyType() {
        return SizesBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<SizesBody> call) {
        List<ImageSize> requested = call.body().imageSizes() == null ? List.of()
                : call.body().imageSizes().stream().filter(size -> size != null && size.imageId() != null).toList();
        if (requested.isEmpty()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, name() + "RequestBody.ImageSizes must name at least one image size.");
        }
        if (requested.size() > GetLargestImageDownloadAuthorizationsOperation.MAX_IMAGES) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED,
                    "At most " + GetLargestImageDownloadAuthorizationsOperation.MAX_IMAGES + " image sizes may be requested at once.");
        }
        Session session = call.caller().session();
        Map<ImageSize, SizeKey> keys = new HashMap<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (ImageSize size : requested) {
            SizeKey key = decode(size);
            if (key != null) {
                keys.put(size, key);
                ids.add(key.imageId());
            }
        }
        Lookup lookup = ids.isEmpty() ? new Lookup(Map.of(), Map.of()) : upstream.run(call, StatusCode.IMAGE_NOT_FOUND, caller -> {
            Map<String, JsonNode> images = this.images.find(caller, new ArrayList<>(ids), V3FieldSets.DOWNLOAD_SIZES);
            return new Lookup(images, images.isEmpty() ? Map.of() : remainingDownloads(caller));
        });
        Map<String, JsonNode> found = lookup.images();
        Map<String, Integer> remaining = lookup.remaining();

        List<SizeImage> results = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        for (ImageSize size : requested) {
            SizeKey key = keys.get(size);
            JsonNode image = key == null ? null : found.get(key.imageId());
            List<SizeAuthorization> authorizations = image == null ? List.of()
                    : authorizations(image, key, session, remaining);
            String status;
            if (key == null) {
                status = StatusCode.INVALID_SIZE_KEY.wire();
                problems.add(StatusCode.INVALID_SIZE_KEY, "SizeKey of image " + size.imageId() + " is not valid.");
            } else if (image == null) {
                status = StatusCode.IMAGE_NOT_FOUND.wire();
                problems.add(StatusCode.IMAGE_NOT_FOUND, "Image " + size.imageId() + " was not found.");
            } else if (authorizations.isEmpty()) {
                status = StatusCode.NO_AUTHORIZATIONS.wire();
                problems.add(StatusCode.NO_AUTHORIZATIONS, "No authorizations were found for image " + size.imageId() + ".");
            } else {
                status = AVAILABLE;
            }
            // ImageId and SizeKey are echoed exactly as sent: clients index by them.
            results.add(new SizeImage(authorizations, size.imageId(), size.sizeKey(), status));
        }
        boolean anyAvailable = results.stream().anyMatch(result -> AVAILABLE.equals(result.status()));
        return new OperationOutcome(new SizeResult(results), problems.entries(anyAvailable));
    }

    /** The images found, and the remaining downloads per product id. */
    private record Lookup(Map<String, JsonNode> images, Map<String, Integer> remaining) {
    }

    /** The key, if it is one of ours and names the image it is sent with. */
    private static SizeKey decode(ImageSize size) {
        try {
            SizeKey key = SizeKey.decode(size.sizeKey() == null ? "" : size.sizeKey().trim());
            return key.imageId().equals(size.imageId().trim()) ? key : null;
        } catch (LegacyFault invalid) {
            return null;
        }
    }

    private List<SizeAuthorization> authorizations(JsonNode image, SizeKey key, Session session, Map<String, Integer> remaining) {
        List<SizeAuthorization> out = new ArrayList<>();
        for (JsonNode size : image.path("downloads")) {
            if (size.path("height").asInt(-1) != key.height()) {
                continue;
            }
            for (JsonNode download : size.path("downloads")) {
                String productType = download.path("product_type").asText(null);
                String legacyType = LegacyValues.productOffering(productType);
                if (legacyType == null) {
                    continue;
                }
                String productId = download.path("product_id").asText(null);
                out.add(new SizeAuthorization(false,
                        tokens.issue(AssetType.IMAGE, key.imageId(), key.height(), key.sizeName(), productType, productId, session.id()),
                        productId, legacyType, productId == null ? null : remaining.get(productId)));
            }
        }
        return out;
    }

    /** Remaining downloads per product id; products without a cap are absent (null in the result). */
    private Map<String, Integer> remainingDownloads(V3Caller caller) {
        Map<String, Integer> remaining = new HashMap<>();
        for (JsonNode product : v3.products(caller).path("products")) {
            if (product.hasNonNull("id") && product.hasNonNull("downloads_remaining")) {
                remaining.put(product.get("id").asText(), product.get("downloads_remaining").asInt());
            }
        }
        return remaining;
    }
}
