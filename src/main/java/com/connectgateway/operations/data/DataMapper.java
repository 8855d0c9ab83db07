package com.connectgateway.operations.data;

import com.connectgateway.operations.images.LegacyValues;
import com.connectgateway.operations.images.V3Dates;
import com.connectgateway.wire.LegacyDate;
import com.connectgateway.wire.LegacyDates;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The v3 → legacy reading of {@code /v3/countries}, {@code /v3/collections} and {@code /v3/products}
 * (v3-api.md §6.10). A list v3 leaves out or answers null is an empty list; a member v3 leaves out
 * or answers null is null.
 */
@ApplicationScoped
public class DataMapper {

    /** The legacy abbreviations of GetCollections' LicenseModel ("RF" in its docs). */
    private static final Map<String, String> LICENSE_ABBREVIATIONS = Map.of(
            "royaltyfree", "RF", "rightsmanaged", "RM", "rightsready", "RR");
    /** v3 product types whose GetAllProductOfferings spelling differs from the product offering name. */
    private static final Map<String, String> OFFERING_TYPES = Map.of("royaltyfreesubscription", "Subscription");

    private final Function<Instant, LegacyDate> dates;
    private final Clock clock;

    @Inject
    DataMapper(LegacyDates dates, Clock clock) {
        this(dates::of, clock);
    }

    private DataMapper(Function<Instant, LegacyDate> dates, Clock clock) {
        this.dates = dates;
        this.clock = clock;
    }

    /** A mapper writing legacy dates in {@code zone} and judging expiry by {@code clock}, for tests without CDI. */
    public static DataMapper at(ZoneId zone, Clock clock) {
        return new DataMapper(instant -> instant == null ? null : LegacyDate.of(instant, zone), clock);
    }

    public DataResults.Countries countries(JsonNode answer) {
        List<DataResults.Country> countries = new ArrayList<>();
        for (JsonNode country : answer.path("countries")) {
            countries.add(new DataResults.Country(text(country, "iso_alpha_2"), text(country, "iso_alpha_3"), text(country, "name")));
        }
        return new DataResults.Countries(countries);
    }

    public DataResults.Collections collections(JsonNode answer) {
        List<DataResults.Collection> collections = new ArrayList<>();
        for (JsonNode collection : answer.path("collections")) {
            collections.add(new DataResults.Collection(
                    text(collection, "name"),
                    LegacyValues.family(text(collection, "asset_family")),
                    licenseAbbreviation(text(collection, "license_model")),
                    integer(collection, "id"),
                    offerings(collection.path("product_types"))));
        }
        return new DataResults.Collections(collections);
    }

    /** The distinct legacy offerings of the active products, in v3's order; types legacy never had are left out. */
    public DataResults.ActiveProductOfferings activeOfferings(JsonNode answer) {
        Set<String> offerings = new LinkedHashSet<>();
        for (JsonNode product : answer.path("products")) {
            String offering = LegacyValues.productOffering(text(product, "type"));
            if (offering != null && "active".equalsIgnoreCase(text(product, "status"))) {
                offerings.add(offering);
            }
        }
        return new DataResults.ActiveProductOfferings(List.copyOf(offerings));
    }

    /** Every product v3 lists, active or not. */
    public DataResults.ProductOfferings allOfferings(JsonNode answer) {
        List<DataResults.ProductOffering> offerings = new ArrayList<>();
        for (JsonNode product : answer.path("products")) {
            offerings.add(offering(product));
        }
        return new DataResults.ProductOfferings(offerings);
    }

    private DataResults.ProductOffering offering(JsonNode product) {
        String type = text(product, "type");
        Instant expiration = V3Dates.instant(text(product, "expiration_utc_date"));
        Integer remaining = integer(product, "downloads_remaining");
        return new DataResults.ProductOffering(
                integer(product, "id"),
                text(product, "application_website"),
                offeringType(type),
                text(product, "name"),
                integer(product, "download_limit"),
                text(product, "download_limit_duration"),
                status(text(product, "status"), type, expiration, remaining),
                dates.apply(expiration),
                remaining,
                dates.apply(V3Dates.instant(text(product, "download_limit_reset_utc_date"))));
    }

    /** imagepack is ImagePack, royaltyfreesubscription Subscription (the docs' two values), the others their offering names; creditpack and aigen null. */
    static String offeringType(String v3) {
        String spelled = v3 == null ? null : OFFERING_TYPES.get(v3.toLowerCase(Locale.ROOT));
        return spelled != null ? spelled : LegacyValues.productOffering(v3);
    }

    /**
     * v3 knows active and inactive; of the legacy reasons for not being active, an inactive product
     * past its expiry date is Expired, an inactive image pack with nothing left Fulfilled, any other
     * inactive one Inactive. No status is Unspecified, a status legacy has no word for Unsupported.
     */
    String status(String v3, String type, Instant expiration, Integer remaining) {
        if (v3 == null) {
            return "Unspecified";
        }
        return switch (v3.toLowerCase(Locale.ROOT)) {
            case "active" -> "Active";
            case "inactive" -> {
                if (expiration != null && !expiration.isAfter(clock.instant())) {
                    yield "Expired";
                }
                if ("imagepack".equalsIgnoreCase(type) && remaining != null && remaining <= 0) {
                    yield "Fulfilled";
                }
                yield "Inactive";
            }
            default -> "Unsupported";
        };
    }

    static String licenseAbbreviation(String v3) {
        return v3 == null ? null : LICENSE_ABBREVIATIONS.get(v3.toLowerCase(Locale.ROOT));
    }

    private static List<String> offerings(JsonNode productTypes) {
        Set<String> offerings = new LinkedHashSet<>();
        for (JsonNode type : productTypes) {
            String offering = LegacyValues.productOffering(type.asText(null));
            if (offering != null) {
                offerings.add(offering);
            }
        }
        return List.copyOf(offerings);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : null;
    }
}
