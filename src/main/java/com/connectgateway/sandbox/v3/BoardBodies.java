package com.connectgateway.sandbox.v3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON bodies of the board calls. Read here rather than by the framework, so a body
 * that is not JSON, or lacks what v3 requires, gets v3's 400 InvalidParameterValue body instead
 * of the framework's.
 */
@ApplicationScoped
public class BoardBodies {

    /** Longer names are refused, as v3 would; the sandbox must never accept what v3 refuses. */
    static final int MAX_NAME_LENGTH = 255;

    private final ObjectReader infoReader;
    private final ObjectReader assetsReader;

    BoardBodies(ObjectMapper json) {
        this.infoReader = json.readerFor(BoardInfo.class);
        this.assetsReader = json.readerForListOf(BoardAssetRef.class);
    }

    /** A board's name and description; the name must be there, not blank and at most 255 characters. */
    BoardInfo info(String body) {
        BoardInfo info = read(infoReader, body, "Send {\"name\": \"...\", \"description\": \"...\"}.");
        if (info == null || info.name() == null || info.name().isBlank()) {
            throw SandboxV3Error.invalidParameter("The board's name is required and must not be blank.");
        }
        if (info.name().length() > MAX_NAME_LENGTH) {
            throw SandboxV3Error.invalidParameter("The board's name must be at most " + MAX_NAME_LENGTH
                    + " characters, it has " + info.name().length() + ".");
        }
        return info;
    }

    /** The asset ids of {@code [{"asset_id": ...}, ...]}, in the order sent; at least one, none blank. */
    List<String> assetIds(String body) {
        List<BoardAssetRef> refs = read(assetsReader, body, "Send [{\"asset_id\": \"...\"}, ...].");
        if (refs == null || refs.isEmpty()) {
            throw SandboxV3Error.invalidParameter("List at least one asset: [{\"asset_id\": \"...\"}, ...].");
        }
        List<String> ids = new ArrayList<>(refs.size());
        for (BoardAssetRef ref : refs) {
            if (ref == null || ref.assetId() == null || ref.assetId().isBlank()) {
                throw SandboxV3Error.invalidParameter("Every element needs an asset_id.");
            }
            ids.add(ref.assetId().trim());
        }
        return ids;
    }

    private static <T> T read(ObjectReader reader, String body, String expected) {
        if (body == null || body.isBlank()) {
            throw SandboxV3Error.invalidParameter("The request body is missing. " + expected);
        }
        try {
            return reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw SandboxV3Error.invalidParameter("The request body is not valid: " + e.getOriginalMessage() + " "
                    + expected);
        }
    }
}
