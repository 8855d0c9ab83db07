package com.connectgateway.operations.search;

import com.connectgateway.operations.LegacyOperation;
import com.connectgateway.operations.OperationCall;
import com.connectgateway.operations.OperationOutcome;
import com.connectgateway.operations.TransportRule;
import com.connectgateway.operations.images.DetailImage;
import com.connectgateway.operations.images.ImageFieldMapper;
import com.connectgateway.session.SessionBroker;
import com.connectgateway.session.SessionKind;
import com.connectgateway.upstream.V3Api;
import com.connectgateway.upstream.V3Caller;
import com.connectgateway.upstream.V3ErrorTranslator;
import com.connectgateway.upstream.V3Failure;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import com.connectgateway.wire.StatusType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * GetImageDetails: up to 90 images from {@code /v3/images}. Unknown ids get an ImageNotFound entry
 * each (a warning while other images are returned, an error when none is found).
 */
@ApplicationScoped
public class GetImageDetailsOperation implements LegacyOperation<GetImageDetailsBody> {

    static final int MAX_IMAGE_IDS = 90;

    private final SessionBroker broker;
    private final V3Api v3;
    private final ImageFieldMapper mapper;

    GetImageDetailsOperation(SessionBroker broker, V3Api v3, ImageFieldMapper mapper) {
        this.broker = broker;
        this.v3 = v3;
        this.mapper = mapper;
    }

    @Override
    public String service() {
        return "search";
    }

    @Override
    public String name() {
        return "GetImageDetails";
    }

    @Override
    public TransportRule transportRule() {
        return TransportRule.ANY_TOKEN;
    }

    @Override
    public Class<GetImageDetailsBody> bodyType() {
        return GetImageDetailsBody.class;
    }

    @Override
    public OperationOutcome execute(OperationCall<GetImageDetailsBody> call) {
        List<String> ids = imageIds(call.body().imageIds());
        List<StatusEntry> notes = new ArrayList<>();
        String language = LanguagePolicy.acceptLanguage(call.body().language(), notes::add);
        var session = call.caller().session();
        V3Caller caller = broker.v3Caller(session).withLanguage(language);

        Map<String, JsonNode> found = new HashMap<>();
        try {
            for (JsonNode image : v3.images(caller, ids, fields(session.kind() == SessionKind.USER)).path("images")) {
                found.put(image.path("id").asText(), image);
            }
        } catch (V3Failure failure) {
            if (failure.status() != 404) { // 404: none of the ids exists
                throw V3ErrorTranslator.toLegacy(failure, StatusCode.IMAGE_NOT_FOUND);
            }
        }
        List<DetailImage> images = new ArrayList<>();
        for (String id : ids) {
            JsonNode image = found.get(id);
            if (image != null) {
                images.add(mapper.detailImage(image));
            } else {
                notes.add(new StatusEntry(found.isEmpty() ? StatusType.ERROR : StatusType.WARNING,
                        StatusCode.IMAGE_NOT_FOUND.wire(), "Image " + id + " was not found."));
            }
        }
        return new OperationOutcome(new GetImageDetailsResult(images), notes);
    }

    private static List<String> imageIds(List<String> requested) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (requested != null) {
            requested.stream().filter(id -> id != null && !id.isBlank()).map(String::trim).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "GetImageDetailsRequestBody.ImageIds must name at least one image.");
        }
        if (ids.size() > MAX_IMAGE_IDS) {
            throw new LegacyFault(StatusCode.ASSET_ID_LIST_EXCEEDS_MAX_ALLOWED,
                    "At most " + MAX_IMAGE_IDS + " image ids may be requested at once.");
        }
        return new ArrayList<>(ids);
    }

    private static String fields(boolean userSession) {
        List<String> fields = new ArrayList<>(ImageFieldMapper.COMMON_FIELDS);
        fields.addAll(List.of("keywords", "editorial_source"));
        if (userSession) {
            fields.addAll(List.of("download_sizes", "largest_downloads")); // need a user token
        }
        return String.join(",", fields);
    }
}
