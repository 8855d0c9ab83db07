package com.connectgateway.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The legacy response header. {@code Status} is derived from the entries and written in lower
 * case because real clients compare it with {@code == 'success'}.
 */
@RegisterForReflection
@JsonPropertyOrder({ "Status", "StatusList", "CoordinationId" })
public record ResponseHeader(
        @JsonProperty("StatusList") List<StatusEntry> statusList,
        // The request's value is echoed as sent, including JSON null.
        @JsonProperty("CoordinationId") @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode coordinationId) {

    public ResponseHeader {
        statusList = List.copyOf(statusList);
    }

    @JsonProperty("Status")
    public String status() {
        if (statusList.stream().anyMatch(s -> s.type() == StatusType.ERROR)) {
            return "error";
        }
        if (statusList.stream().anyMatch(s -> s.type() == StatusType.WARNING)) {
            return "warning";
        }
        return "success";
    }
}
