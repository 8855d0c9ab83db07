package com.connectgateway.operations.search;

import com.connectgateway.operations.ItemProblems;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.UpstreamCalls;
import com.connectgateway.operations.images.DetailImage;
import com.connectgateway.operations.images.ImageFieldMapper;
import com.connectgateway.operations.images.ImageIds;
import com.connectgateway.operations.images.V3FieldSets;
import com.connectgateway.operations.images.V3ImageLookup;
import com.connectgateway.session.SessionKind;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GetImageDetails: up to 90 images from {@code /v3/images}. Unknown ids get an ImageNotFound entry
 * each (a warning while other images are returned, an error when none is found).
 */
@ApplicationScoped
public class GetImageDetailsOperation extends SearchOperation<GetImageDetailsBody> {

    static final int MAX_IMAGE_IDS = 90;

    private final UpstreamCalls upstream;
    private final V3ImageLookup images;
    private final ImageFieldMapper mapper;

    GetImageDetailsOperation(UpstreamCalls upstream, V3ImageLookup images, ImageFieldMapper mapper) {
        this.upstream = upstream;
        this.images = images;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "GetImageDetails";
    }

    @Override
    public Class<GetImageDetailsBody> bodyType() {
        return GetImageDetailsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetImageDetailsBody> call) {
        List<String> ids = ImageIds.of(call.body().imageIds(), MAX_IMAGE_IDS, "GetImageDetailsRequestBody.ImageIds");
        List<StatusEntry> notes = new ArrayList<>();
        String language = LanguagePolicy.acceptLanguage(call.body().language(), notes::add);
        var session = call.caller().session();
        String fields = V3FieldSets.details(session.kind() == SessionKind.USER);
        Map<String, JsonNode> found = upstream.run(call, StatusCode.IMAGE_NOT_FOUND,
                caller -> images.find(caller.withLanguage(language), ids, fields));
        List<DetailImage> details = new ArrayList<>();
        ItemProblems problems = new ItemProblems();
        for (String id : ids) {
            JsonNode image = found.get(id);
            if (image != null) {
                details.add(mapper.detailImage(image));
            } else {
                problems.add(StatusCode.IMAGE_NOT_FOUND, "Image " + id + " was not found.");
            }
        }
        notes.addAll(problems.entries(!details.isEmpty()));
        return new OperationOutcome(new GetImageDetailsResult(details), notes);
    }
}
