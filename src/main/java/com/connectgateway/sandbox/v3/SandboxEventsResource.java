package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxCatalog;
import com.connectgateway.sandbox.catalog.SandboxEvent;
import com.connectgateway.sandbox.catalog.SandboxImage;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The v3 event metadata resource: {@code GET /v3/events?ids=...} for up to 100 events, and
 * {@code GET /v3/events/{id}} (the bare event). Events are the catalog's; an event's
 * {@code image_count} is the number of catalog images whose {@code event_ids} name it (what an
 * editorial search with {@code event_ids} finds), and its {@code hero_image} the most popular of
 * them. Unknown ids are listed in {@code events_not_found}; none known is 404 EventNotFound. Every
 * 400 here is {@code InvalidRequestParameters}, the name v3 documents for this resource.
 */
@NonBlocking
@Path("/sandbox/v3/events")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxEventsResource {

    static final int MAX_IDS = 100;

    /** Every field v3 lists for events. */
    static final Set<String> FIELDS = Set.of("id", "child_event_count", "editorial_segments", "hero_image",
            "image_count", "location", "name", "start_date", "type");

    /** When no {@code fields} is given: what v3's event search returns by default. */
    private static final List<String> DEFAULT_FIELDS = List.of("name", "start_date");

    private final SandboxCatalog catalog;
    private final CompEntitlement entitlement;
    private volatile Index index;

    /** Per event id: the event and the catalog images that reference it, most popular first. */
    private record Index(Map<Integer, SandboxEvent> events, Map<Integer, List<SandboxImage>> images) {
    }

    SandboxEventsResource(SandboxCatalog catalog, CompEntitlement entitlement) {
        this.catalog = catalog;
        this.entitlement = entitlement;
    }

    @GET
    public Response events(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            accept(params, Set.of("ids", "fields"));
            List<Integer> ids = ids(params.get("ids"));
            List<String> fields = fields(params.get("fields"));
            String baseUrl = SandboxRequests.baseUrl(headers, uriInfo);
            List<Map<String, Object>> found = new ArrayList<>();
            List<Integer> notFound = new ArrayList<>();
            for (int id : ids) {
                SandboxEvent event = index().events().get(id);
                if (event == null) {
                    notFound.add(id);
                } else {
                    found.add(render(event, fields, baseUrl));
                }
            }
            if (found.isEmpty()) {
                throw SandboxV3Error.eventNotFound("Event not found: "
                        + String.join(", ", notFound.stream().map(String::valueOf).toList()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("events", found);
            body.put("events_not_found", notFound);
            return Response.ok(body).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    @GET
    @Path("/{id}")
    public Response event(@PathParam("id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        try {
            QueryParams params = QueryParams.parse(uriInfo.getRequestUri().getRawQuery());
            accept(params, Set.of("fields"));
            int eventId = eventId(id);
            List<String> fields = fields(params.get("fields"));
            SandboxEvent event = index().events().get(eventId);
            if (event == null) {
                throw SandboxV3Error.eventNotFound("Event not found: " + eventId);
            }
            return Response.ok(render(event, fields, SandboxRequests.baseUrl(headers, uriInfo))).build();
        } catch (SandboxV3Error e) {
            return e.toResponse();
        }
    }

    private static void accept(QueryParams params, Set<String> accepted) {
        params.acceptOnly(accepted::contains, "/v3/events", SandboxV3Error::invalidRequestParameters);
    }

    /** The requested ids in order, each once: required, whole numbers, at most 100. */
    static List<Integer> ids(String value) {
        Set<Integer> ids = new LinkedHashSet<>();
        if (value != null) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(eventId(id));
                }
            }
        }
        if (ids.isEmpty()) {
            throw SandboxV3Error.invalidRequestParameters("Parameter 'ids' is required: a comma-separated list of event ids.");
        }
        if (ids.size() > MAX_IDS) {
            throw SandboxV3Error.invalidRequestParameters("Invalid value for parameter 'ids': at most " + MAX_IDS
                    + " ids are allowed, " + ids.size() + " were sent.");
        }
        return List.copyOf(ids);
    }

    private static int eventId(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw SandboxV3Error.invalidRequestParameters("Invalid value '" + text.trim()
                    + "' for parameter 'ids': event ids are whole numbers.");
        }
    }

    /** The selected fields besides {@code id} (always first), alphabetical as v3 writes them. */
    static List<String> fields(String value) {
        if (value == null) {
            return DEFAULT_FIELDS;
        }
        Set<String> fields = new TreeSet<>();
        for (String raw : value.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!FIELDS.contains(name)) {
                throw SandboxV3Error.invalidRequestParameters("Invalid value '" + raw.trim()
                        + "' for parameter 'fields': not an event field.");
            }
            fields.add(name);
        }
        fields.remove("id");
        return List.copyOf(fields);
    }

    private Map<String, Object> render(SandboxEvent event, List<String> fields, String baseUrl) {
        List<SandboxImage> images = index().images().getOrDefault(event.id(), List.of());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id());
        for (String field : fields) {
            json.put(field, switch (field) {
                case "child_event_count" -> 0; // the catalog's events have no sub-events
                case "editorial_segments" -> List.of(event.segment());
                case "hero_image" -> images.isEmpty() ? null : heroImage(images.get(0), baseUrl);
                case "image_count" -> images.size();
                case "location" -> location(event);
                case "name" -> event.name();
                case "start_date" -> SandboxDates.iso(event.date().atStartOfDay()
                        .atOffset(ZoneOffset.of(event.place().offset())));
                case "type" -> event.conceptKeywords().isEmpty() ? null : event.conceptKeywords().get(0);
                default -> throw new IllegalStateException("No renderer for event field " + field);
            });
        }
        return json;
    }

    private Map<String, Object> heroImage(SandboxImage image, String baseUrl) {
        boolean unwatermarked = entitlement.unwatermarkedComps();
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (String name : ImageFieldSelector.DISPLAY_SIZES) {
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("is_watermarked", CompEntitlement.watermarked(name, unwatermarked));
            size.put("name", name);
            size.put("uri", ImageRenderer.displayUri(baseUrl, image.id(), name, unwatermarked));
            sizes.add(size);
        }
        Map<String, Object> hero = new LinkedHashMap<>();
        hero.put("id", image.id());
        hero.put("display_sizes", sizes);
        return hero;
    }

    private static Map<String, Object> location(SandboxEvent event) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("city", event.place().city());
        location.put("country", event.place().country());
        location.put("state_province", event.place().state());
        location.put("venue", event.venue());
        return location;
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            Map<Integer, SandboxEvent> events = new HashMap<>();
            catalog.events().forEach(event -> events.put(event.id(), event));
            Map<Integer, List<SandboxImage>> images = new HashMap<>();
            for (SandboxImage image : catalog.images()) {
                for (Integer eventId : image.eventIds()) {
                    images.computeIfAbsent(eventId, ignored -> new ArrayList<>()).add(image);
                }
            }
            Comparator<SandboxImage> heroFirst = Comparator.comparingInt(SandboxImage::popularity).reversed()
                    .thenComparing(SandboxImage.BY_ID);
            images.replaceAll((id, list) -> list.stream().sorted(heroFirst).toList());
            built = new Index(Map.copyOf(events), Map.copyOf(images));
            index = built;
        }
        return built;
    }
}
