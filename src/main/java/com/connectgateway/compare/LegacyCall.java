package com.connectgateway.compare;

/** A corpus exchange recognised as a legacy operation call. */
public record LegacyCall(Exchange exchange, String operation) {

    public boolean changesState() {
        return SideEffects.changesState(operation);
    }
}
