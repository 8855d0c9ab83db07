package com.connectgateway.operations;

import com.connectgateway.wire.StatusEntry;
import java.util.List;

/** An operation's result object plus any Information/Warning entries for the StatusList. */
public record OperationOutcome(Object result, List<StatusEntry> notes) {

    public OperationOutcome {
        notes = List.copyOf(notes);
    }

    public static OperationOutcome of(Object result) {
        return new OperationOutcome(result, List.of());
    }
}
