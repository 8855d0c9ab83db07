package com.connectgateway.wire;

import com.fasterxml.jackson.annotation.JsonValue;

/** Severity of one legacy status entry, written exactly as the legacy service did. */
public enum StatusType {
    INFORMATION("Information"),
    WARNING("Warning"),
    ERROR("Error");

    private final String wire;

    StatusType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
