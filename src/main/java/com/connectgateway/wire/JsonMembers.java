package com.connectgateway.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Member lookup that ignores the case of the name, as legacy clients vary it. */
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
}
