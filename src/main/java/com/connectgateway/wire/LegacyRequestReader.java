package com.connectgateway.wire;

import com.fasterxml.jackson.core.JsonParser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses legacy request JSON as leniently as real clients need: member names and enum values in
 * any case, numbers and booleans sent as strings, empty strings as null, unknown members ignored.
 * Anything it cannot read becomes an {@code InvalidRequest} fault naming the member. Strict where
 * leniency would let one body mean two things: exactly one JSON value (nothing after it but
 * whitespace), well-formed UTF-8, and no member named twice in one object (ignoring case).
 */
@ApplicationScoped
public class LegacyRequestReader {

    /** How Jackson names the member of an exact repeat in its (otherwise unstructured) message. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();

    /** Parses the envelope and its {@code RequestHeader}; never returns null. */
    public LegacyRequest read(byte[] body) {
        if (!Utf8Bytes.isWellFormedBody(body)) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body is not valid UTF-8 text.");
        }
        JsonNode root = parseOneValue(body);
        if (root == null || root.isMissingNode()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body is empty.");
        }
        if (!root.isObject()) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body must be a JSON object.");
        }
        String duplicate = JsonMembers.firstDuplicate(root, "");
        if (duplicate != null) {
            throw duplicateMember(duplicate);
        }
        ObjectNode object = (ObjectNode) root;
        return new LegacyRequest(readHeader(object), object);
    }

    /** The body's one JSON value; text after it (other than whitespace) is refused, not ignored. */
    private JsonNode parseOneValue(byte[] body) {
        try (JsonParser parser = mapper.createParser(body)) {
            JsonNode root;
            try {
                root = mapper.readTree(parser);
            } catch (MismatchedInputException e) {
                // With FAIL_ON_READING_DUP_TREE_KEY, the tree reader's only mismatch is an exact repeat.
                Matcher name = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
                throw duplicateMember(name.find() ? name.group(1) : "A member");
            }
            if (root != null && hasMoreText(parser)) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body has more text after its JSON object.");
            }
            return root;
        } catch (IOException e) {
            throw new LegacyFault(StatusCode.INVALID_REQUEST, "The request body is not valid JSON.");
        }
    }

    private static boolean hasMoreText(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException e) {
            return true;
        }
    }

    private static LegacyFault duplicateMember(String path) {
        return new LegacyFault(StatusCode.INVALID_REQUEST, path + " is given more than once (member names are matched ignoring case).");
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
        if (!Utf8Bytes.isWellFormedBody(body)) {
            return NullNode.getInstance();
        }
        try {
            JsonNode root = mapper.reader().without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).readTree(body);
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
