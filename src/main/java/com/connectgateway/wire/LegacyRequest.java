package com.connectgateway.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A legacy envelope after the JSON parse: the header and the whole request object. */
public record LegacyRequest(RequestHeader header, ObjectNode root) {

    /** The first member whose name matches one of {@code names}, ignoring case; null if absent or null. */
    public ObjectNode body(Iterable<String> names) {
        for (String name : names) {
            var member = JsonMembers.find(root, name);
            if (member == null) {
                continue;
            }
            if (member.getValue().isNull()) {
                return null;
            }
            if (!member.getValue().isObject()) {
                throw new LegacyFault(StatusCode.INVALID_REQUEST, member.getKey() + " must be a JSON object.");
            }
            return (ObjectNode) member.getValue();
        }
        return null;
    }
}
