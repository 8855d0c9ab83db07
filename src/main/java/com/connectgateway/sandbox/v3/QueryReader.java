package com.connectgateway.sandbox.v3;

import com.connectgateway.sandbox.catalog.SandboxProducts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to a v3 search's query parameters, each failure a 400 naming the parameter: the one
 * reading of comma lists, enum values, numbers, booleans and dates that the image and video
 * searches share, so both refuse the same values the same way.
 */
final class QueryReader {

    private static final Pattern DOWNLOAD_PRODUCT = Pattern.compile("([a-z]+)(?::(\\d+))?");

    private final QueryParams params;

    QueryReader(QueryParams params) {
        this.params = params;
    }

    private static SandboxV3Error invalid(String name, String value, String why) {
        return QueryParams.invalid(name, value, why);
    }

    List<String> items(String name) {
        String value = params.get(name);
        List<String> items = new ArrayList<>();
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** Lower-cased enum values, each checked against {@code allowed}. */
    List<String> values(String name, List<String> allowed) {
        List<String> values = new ArrayList<>();
        for (String item : items(name)) {
            String value = item.toLowerCase(Locale.ROOT);
            if (!allowed.contains(value)) {
                throw invalid(name, item, "allowed values are " + String.join(", ", allowed) + ".");
            }
            values.add(value);
        }
        return values;
    }

    String value(String name, List<String> allowed) {
        List<String> values = values(name, allowed);
        if (values.size() > 1) {
            throw invalid(name, params.get(name), "only one value is allowed.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    Integer integer(String name, int min, int max) {
        return params.integer(name, min, max);
    }

    List<Integer> integers(String name) {
        List<Integer> numbers = new ArrayList<>();
        for (String item : items(name)) {
            try {
                numbers.add(Integer.parseInt(item));
            } catch (NumberFormatException e) {
                throw invalid(name, item, "not a whole number.");
            }
        }
        return numbers;
    }

    /** Free-text list values (names, codes), normalized for comparison. */
    Set<String> texts(String name) {
        Set<String> texts = new LinkedHashSet<>();
        items(name).forEach(item -> texts.add(SearchText.normalize(item)));
        return texts;
    }

    Boolean bool(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        throw invalid(name, value, "expected true or false.");
    }

    /** ISO date {@code YYYY-MM-DD}; a full ISO timestamp is accepted and cut to its date. */
    LocalDate date(String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "expected a date as YYYY-MM-DD.");
        }
    }

    /** {@code premiumaccess} or {@code premiumaccess:1234}; returns the product type. */
    String downloadProduct() {
        String value = params.get("download_product");
        if (value == null) {
            return null;
        }
        Matcher match = DOWNLOAD_PRODUCT.matcher(value.toLowerCase(Locale.ROOT));
        if (!match.matches() || !SandboxProducts.TYPES.contains(match.group(1))) {
            throw invalid("download_product", value, "expected a product type ("
                    + String.join(", ", SandboxProducts.TYPES) + "), optionally followed by :<product id>.");
        }
        return match.group(1);
    }
}
