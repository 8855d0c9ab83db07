package com.connectgateway.operations.search;

import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.operations.images.V3Fields;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One v3 event ({@code /v3/events}, the fields of {@code V3FieldSets.EVENTS}) as a legacy Event
 * (v3-api.md §6.8): EventName ← name, StartDate ← start_date, ChildEventCount, ImageCount,
 * EditorialSegments (legacy spelling; segments legacy never had are dropped), Location ←
 * location, RepresentativeImageId ← hero_image.id.
 */
@ApplicationScoped
public class EventMapper {

    private final Function<Instant, LegacyDate> dates;

    @Inject
    EventMapper(LegacyDates dates) {
        this(dates::of);
    }

    /** With a date rendering of its own, for tests without the configuration. */
    EventMapper(Function<Instant, LegacyDate> dates) {
        this.dates = dates;
    }

    /** The event's id, or null when v3 gave none a client could name (not a whole number). */
    static Integer id(JsonNode v3) {
        return V3Fields.integer(v3, "id");
    }

    public LegacyEvent event(JsonNode v3) {
        Integer id = id(v3);
        JsonNode location = V3Fields.at(v3, "location");
        Instant start = V3Dates.instant(V3Fields.text(v3, "start_date"));
        return new LegacyEvent(
                count(v3, "child_event_count"),
                segments(v3),
                id == null ? 0 : id,
                V3Fields.text(v3, "name"),
                count(v3, "image_count"),
                new LegacyEvent.Location(V3Fields.text(location, "city"), V3Fields.text(location, "country"),
                        V3Fields.text(location, "state_province"), V3Fields.text(location, "venue")),
                V3Fields.text(V3Fields.at(v3, "hero_image"), "id"),
                start == null ? null : dates.apply(start));
    }

    private static int count(JsonNode v3, String name) {
        Integer value = V3Fields.integer(v3, name);
        return value == null ? 0 : value;
    }

    private static List<String> segments(JsonNode v3) {
        List<String> segments = new ArrayList<>();
        for (JsonNode segment : V3Fields.elements(v3, "editorial_segments")) {
            String legacy = segment.isTextual() ? LegacyValues.editorialSegment(segment.asText()) : null;
            if (legacy != null && !segments.contains(legacy)) {
                segments.add(legacy);
            }
        }
        return segments;
    }
}
