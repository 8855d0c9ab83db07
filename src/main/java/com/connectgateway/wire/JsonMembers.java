package com.connectgateway.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Member lookup that ignores the case of the name, as legacy clients vary it. Because names are
 * matched without case, an object that names a member twice (in any casing) is refused as a whole
 * rather than resolved one way in one place and another way elsewhere.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    /** The named member's entry (so callers can report the name as sent), or null. */
    static Map.Entry<String, JsonNode> find(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry;
            }
        }
        return null;
    }

    static JsonNode value(JsonNode object, String name) {
        Map.Entry<String, JsonNode> entry = find(object, name);
        return entry == null ? null : entry.getValue();
    }

    /**
     * The path ({@code RequestHeader.Token}, {@code Body.ImageIds.[0].Id}) of the first member whose
     * name, ignoring case, its object already holds; null if there is none. Exact repeats never get
     * here: the reader refuses them while parsing.
     */
    static String firstDuplicate(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstDuplicate(node.get(i), path + ".[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            Set<String> seen = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (!seen.add(member.getKey().toLowerCase(Locale.ROOT))) {
                    return memberPath;
                }
                String found = firstDuplicate(member.getValue(), memberPath);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
