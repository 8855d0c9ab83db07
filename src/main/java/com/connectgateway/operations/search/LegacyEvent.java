package com.connectgateway.operations.search;

import com.connectgateway.wire.LegacyDate;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The legacy {@code Event} of a GetEventDetails EventResult, members in the legacy doc's order.
 * Counts are plain integers (0 when v3 gives none), EditorialSegments is never null, Location is
 * always an object (its members null when v3 gives no location).
 */
@RegisterForReflection
@JsonPropertyOrder({ "ChildEventCount", "EditorialSegments", "EventId", "EventName", "ImageCount", "Location",
        "RepresentativeImageId", "StartDate" })
public record LegacyEvent(
        @JsonProperty("ChildEventCount") int childEventCount,
        @JsonProperty("EditorialSegments") List<String> editorialSegments,
        @JsonProperty("EventId") int eventId,
        @JsonProperty("EventName") String eventName,
        @JsonProperty("ImageCount") int imageCount,
        @JsonProperty("Location") Location location,
        @JsonProperty("RepresentativeImageId") String representativeImageId,
        @JsonProperty("StartDate") LegacyDate startDate) {

    /** Where the event took place. */
    @RegisterForReflection
    @JsonPropertyOrder({ "City", "Country", "StateProvince", "Venue" })
    public record Location(
            @JsonProperty("City") String city,
            @JsonProperty("Country") String country,
            @JsonProperty("StateProvince") String stateProvince,
            @JsonProperty("Venue") String venue) {
    }
}
