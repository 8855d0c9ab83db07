package com.connectgateway.operations.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** {@code GetEventDetailsResult}: one EventResult per distinct requested id, in request order. */
@RegisterForReflection
public record GetEventDetailsResult(@JsonProperty("EventResult") List<EventResult> eventResult) {

    /** Per-event Status of a found event, as the legacy doc lists it. */
    public static final String FOUND = "Success";
    /** Per-event Status of an unknown event, as the legacy doc lists it. */
    public static final String NOT_FOUND = "Not Found";

    /** One requested id: its event (null when unknown), the id again, and Success or Not Found. */
    @RegisterForReflection
    @JsonPropertyOrder({ "Event", "EventId", "Status" })
    public record EventResult(
            @JsonProperty("Event") LegacyEvent event,
            @JsonProperty("EventId") int eventId,
            @JsonProperty("Status") String status) {

        static EventResult found(LegacyEvent event) {
            return new EventResult(event, event.eventId(), FOUND);
        }

        static EventResult notFound(int eventId) {
            return new EventResult(null, eventId, NOT_FOUND);
        }
    }
}
