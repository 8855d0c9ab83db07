package com.connectgateway.sandbox.catalog;

import java.time.LocalDate;
import java.util.List;

/** An editorial event that images are shot at. */
public record SandboxEvent(int id, String name, String segment, LocalDate date, Place place, String venue,
        List<SandboxPerson> people, List<String> conceptKeywords) {
}
