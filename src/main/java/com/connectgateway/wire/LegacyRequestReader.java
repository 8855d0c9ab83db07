package com.connectgateway.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Parses legacy request JSON as leniently as real clients need: member names and enum values in
 * any case, numbers and booleans sent as strings, empty strings as null, unknown members ignored.
 * Anything it cannot read becomes an {@code InvalidRequest} fault naming the member.
 */
@ApplicationScoped
public class LegacyRequestReader {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();

    /** Parses the envelope and its {@code RequestHeader}; never returns null. */
    public LegacyRequest read(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body is not valid JSON.");
        }
        if (root == null || root.isMissingNode()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body is empty.");
        }
        if (!root.isObject()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body must be a JSON object.");
        }
        ObjectNode object = (ObjectNode) root;
        return new LegacyRequest(readHeader(object), object);
    }

    /** The header of a request that may still be rejected, so the CoordinationId can be echoed. */
    private RequestHeader readHeader(ObjectNode root) {
        JsonNode header = member(root, "RequestHeader");
        if (header == null || header.isNull()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "RequestHeader is required.");
        }
        if (!header.isObject()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "RequestHeader must be a JSON object.");
        }
        JsonNode coordination = member(header, "CoordinationId");
        JsonNode token = member(header, "Token");
        if (token != null && !token.isNull() && !token.isValueNode()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "RequestHeader.Token must be a string.");
        }
        String tokenText = token == null || token.isNull() ? null : token.asText().trim();
        return new RequestHeader(tokenText == null || tokenText.isEmpty() ? null : tokenText,
                coordination == null ? NullNode.getInstance() : coordination);
    }

    /** Best effort: the CoordinationId of a request whose header could not be fully read. */
    public JsonNode coordinationIdOf(byte[] body) {
        try {
            JsonNode root = mapper.readTree(body);
            JsonNode header = root == null ? null : member(root, "RequestHeader");
            JsonNode id = header == null ? null : member(header, "CoordinationId");
            return id == null ? NullNode.getInstance() : id;
        } catch (IOException | RuntimeException e) {
            return NullNode.getInstance();
        }
    }

    /** Binds an operation's request body to its record type. */
    public <T> T bind(ObjectNode body, String bodyName, Class<T> type) {
        String illFormed = WellFormedText.firstIllFormed(body, bodyName);
        if (illFormed != null) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, illFormed + " is not valid Unicode text (a lone surrogate).");
        }
        try {
            return mapper.treeToValue(body, type);
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new LegacyFault(StatusCode.INVALID_REQUEST,
                    bodyName + (path.isEmpty() ? "" : "." + path) + " has a value of the wrong type.");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, bodyName + " could not be read.");
        }
    }

    private static JsonNode member(JsonNode object, String name) {
        return JsonMembers.value(object, name);
    }
}
