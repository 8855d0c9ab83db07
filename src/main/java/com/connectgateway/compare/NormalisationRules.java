package com.connectgateway.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the diff treats as equal, from a small JSON file:
 * <pre>
 * {"ignore": ["**.CoordinationId"], "urlsByShape": true, "dateToleranceSeconds": 120,
 *  "arrayKeys": {"**.Images": "ImageId"}}
 * </pre>
 * Without a file the defaults apply: nothing ignored, URLs by shape, dates exact, arrays by position.
 */
public record NormalisationRules(List<PathGlob> ignore, boolean urlsByShape, long dateToleranceMillis,
        Map<PathGlob, String> arrayKeys) {

    public static final NormalisationRules DEFAULTS = new NormalisationRules(List.of(), true, 0, Map.of());

    public static NormalisationRules load(Path file) {
        if (file == null) {
            return DEFAULTS;
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new CorpusException("Cannot read the rules file " + file + ": " + e.getMessage(), e);
        }
    }

    public static NormalisationRules parse(String json) {
        JsonNode root = Json.parseOrNull(json);
        if (root == null || !root.isObject()) {
            throw new CorpusException("The rules file must hold one JSON object");
        }
        List<PathGlob> ignore = new ArrayList<>();
        root.path("ignore").forEach(glob -> ignore.add(PathGlob.of(glob.asText())));
        Map<PathGlob, String> keys = new LinkedHashMap<>();
        root.path("arrayKeys").fields().forEachRemaining(entry -> keys.put(PathGlob.of(entry.getKey()), entry.getValue().asText()));
        boolean byShape = root.path("urlsByShape").asBoolean(DEFAULTS.urlsByShape());
        long tolerance = Math.round(root.path("dateToleranceSeconds").asDouble(0) * 1000);
        return new NormalisationRules(List.copyOf(ignore), byShape, tolerance, keys);
    }

    public boolean ignored(String path) {
        return ignore.stream().anyMatch(glob -> glob.matches(path));
    }

    /** The member whose value matches array elements at this path, or null for positional matching. */
    public String arrayKey(String path) {
        for (Map.Entry<PathGlob, String> entry : arrayKeys.entrySet()) {
            if (entry.getKey().matches(path)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The rules as plain data, for the report's settings. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ignore", ignore.stream().map(PathGlob::toString).toList());
        out.put("urlsByShape", urlsByShape);
        out.put("dateToleranceSeconds", dateToleranceMillis / 1000.0);
        Map<String, String> keys = new LinkedHashMap<>();
        arrayKeys.forEach((glob, key) -> keys.put(glob.toString(), key));
        out.put("arrayKeys", keys);
        return out;
    }
}
