package com.connectgateway.operations.download;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.download.DownloadBodies.LargestBody;
import com.connectgateway.operations.download.DownloadGrant.AssetType;
import com.connectgateway.operations.download.DownloadResults.LargestAuthorization;
import com.connectgateway.operations.download.DownloadResults.LargestImage;
import com.connectgateway.operations.download.DownloadResults.LargestResult;
import com.connectgateway.operations.images.ImageIds;
import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.SizeKey;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.session.Session;
import com.connectgateway.wire.StatusCode;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * GetLargestImageDownloadAuthorizations: for each image, one authorization per product that may
 * download its largest size, from {@code largest_downloads} of {@code /v3/images}. Images whose
 * batch the operation deadline cut off are reported one by one, like the images not found.
 */
@ApplicationScoped
public class GetLargestImageDownloadAuthorizationsOperation extends DownloadOperation<LargestBody> {

    private static final Logger LOG = Logger.getLogger(GetLargestImageDownloadAuthorizationsOperation.class);

    /** The legacy maximum of asset ids per request. */
    static final int MAX_IMAGES = 500;

    private final UpstreamCalls upstream;
    private final V3ImageLookup images;
    private final DownloadTokenCodec tokens;

    GetLargestImageDownloadAuthorizationsOperation(UpstreamCalls upstream, V3ImageLookup images, DownloadTokenCodec tokens) {
        this.upstream = upstream;
        this.images = images;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "GetLargestImageDownloadAuthorizations";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    @Override
    public Class<LargestBody> bodyType() {
        return LargestBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<LargestBody> call) {
        List<String> requested = call.body().images() == null ? List.of()
                : call.body().images().stream().map(image -> image == null ? null : image.imageId()).toList();
        List<String> ids = ImageIds.of(requested, MAX_IMAGES, name() + "RequestBody.Images");
        Session session = call.caller().session();
        V3ImageLookup.Found found = upstream.run(call, StatusCode.IMAGE_NOT_FOUND,
                caller -> images.lookup(caller, ids, V3FieldSets.LARGEST_DOWNLOADS));
        if (!found.unanswered().isEmpty()) {
            LOG.infof("%s: %d of %d images not looked up within the %s deadline", name(), found.unanswered().size(), ids.size(),
                    call.deadline().budget());
        }
        List<LargestImage> authorized = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        for (String id : ids) {
            JsonNode image = found.images().get(id);
            List<LargestAuthorization> authorizations = image == null ? List.of() : authorizations(id, image, session);
            if (found.unanswered().contains(id)) {
                // Like a throttled or unreachable v3: the client may ask for this image again.
                problems.add(StatusCode.DEPENDENT_SERVICE_DOWN, "Image " + id
                        + " could not be looked up within the time limit of the request.");
            } else if (image == null) {
                problems.add(StatusCode.IMAGE_NOT_FOUND, "Image " + id + " was not found.");
            } else if (authorizations.isEmpty()) {
                problems.add(StatusCode.NO_AUTHORIZATIONS, "No authorizations were found for image " + id + ".");
            } else {
                authorized.add(new LargestImage(authorizations, id));
            }
        }
        return new OperationOutcome(new LargestResult(authorized), problems.entries(!authorized.isEmpty()));
    }

    private List<LargestAuthorization> authorizations(String id, JsonNode image, Session session) {
        List<LargestAuthorization> out = new ArrayList<>();
        for (JsonNode size : image.path("largest_downloads")) {
            // Two shapes: a size with its products under downloads[] (height, often a name), or a
            // flat Download per product with no size at all; that one is the image's largest, whose
            // height max_dimensions gives. The token then asks v3 for the largest (no height).
            boolean sized = size.has("downloads");
            Integer height = sized && size.hasNonNull("height") ? Integer.valueOf(size.get("height").asInt()) : null;
            Integer keyHeight = height != null ? height
                    : image.path("max_dimensions").hasNonNull("height") ? Integer.valueOf(image.path("max_dimensions").get("height").asInt())
                    : null;
            String sizeName = size.path("name").asText(null);
            String sizeKey = keyHeight == null ? null : new SizeKey(id, sizeName, keyHeight).encode();
            for (JsonNode download : sized ? size.get("downloads") : List.of(size)) {
                String productType = download.path("product_type").asText(null);
                String legacyType = LegacyValues.productOffering(productType);
                if (legacyType == null) {
                    continue; // a product legacy clients cannot name
                }
                String productId = download.path("product_id").asText(null);
                out.add(new LargestAuthorization(false,
                        tokens.issue(AssetType.IMAGE, id, height, sizeName, productType, productId, session.id()),
                        productId, legacyType, sizeKey));
            }
        }
        return out;
    }
}
