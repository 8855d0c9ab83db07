package com.connectgateway.compare;

import com.connectgateway.compare.Difference.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Differences between an expected and an actual legacy answer, path by path, under the normalisation rules. */
public final class JsonDiff {

    /** The legacy .NET date as it reads once parsed ({@code "\/"} is {@code "/"} in JSON). */
    private static final Pattern LEGACY_DATE = Pattern.compile("^/Date\\((-?\\d+)([+-]\\d{4})?\\)/$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private final NormalisationRules rules;
    private final Identities identities;

    public JsonDiff(NormalisationRules rules, Identities identities) {
        this.rules = rules;
        this.identities = identities;
    }

    /** Whole answers: HTTP status, then the JSON bodies (or the text when either is not JSON). */
    public List<Difference> diff(int expectedStatus, String expectedBody, int actualStatus, String actualBody) {
        List<Difference> out = new ArrayList<>();
        if (expectedStatus != actualStatus && expectedStatus != 0) {
            out.add(new Difference("(http status)", Kind.HTTP_STATUS, Integer.toString(expectedStatus), Integer.toString(actualStatus)));
        }
        JsonNode expected = Json.parseOrNull(expectedBody);
        JsonNode actual = Json.parseOrNull(actualBody);
        if (expected != null && actual != null) {
            out.addAll(diff(expected, actual));
        } else if (!nullToEmpty(expectedBody).strip().equals(nullToEmpty(actualBody).strip())) {
            out.add(new Difference("(body)", Kind.BODY, shorten(expectedBody), shorten(actualBody)));
        }
        return out;
    }

    public List<Difference> diff(JsonNode expected, JsonNode actual) {
        List<Difference> out = new ArrayList<>();
        walk("", expected, actual, out);
        return out;
    }

    private void walk(String path, JsonNode expected, JsonNode actual, List<Difference> out) {
        if (!path.isEmpty() && rules.ignored(path)) {
            return;
        }
        if (expected == null || actual == null) {
            if (expected != null || actual != null) {
                out.add(new Difference(path, expected == null ? Kind.EXTRA : Kind.MISSING, text(expected), text(actual)));
            }
            return;
        }
        if (isNullVersusEmpty(expected, actual) || isNullVersusEmpty(actual, expected)) {
            out.add(new Difference(path, Kind.NULL_VS_EMPTY, text(expected), text(actual)));
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            out.add(new Difference(path, Kind.TYPE, text(expected), text(actual)));
            return;
        }
        if (expected.isObject()) {
            TreeSet<String> extra = new TreeSet<>();
            actual.fieldNames().forEachRemaining(extra::add);
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                extra.remove(field.getKey());
                walk(child(path, field.getKey()), field.getValue(), actual.get(field.getKey()), out);
            }
            for (String name : extra) {
                walk(child(path, name), null, actual.get(name), out);
            }
        } else if (expected.isArray()) {
            String key = rules.arrayKey(path);
            if (key != null && keyed(expected, key) && keyed(actual, key)) {
                walkByKey(path, key, expected, actual, out);
            } else {
                for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                    walk(path + "[" + i + "]", expected.get(i), actual.get(i), out);
                }
            }
        } else if (!sameScalar(expected, actual)) {
            out.add(new Difference(path, Kind.VALUE, text(expected), text(actual)));
        }
    }

    /** Elements paired by the key member's value (traced back through the identities), in expected order. */
    private void walkByKey(String path, String key, JsonNode expected, JsonNode actual, List<Difference> out) {
        Map<String, JsonNode> actualByKey = new LinkedHashMap<>();
        Map<String, String> actualLabel = new LinkedHashMap<>();
        for (JsonNode element : actual) {
            String value = element.get(key).asText();
            String origin = identities.actualOrigin().apply(value);
            actualByKey.putIfAbsent(origin == null ? value : origin, element);
            actualLabel.putIfAbsent(origin == null ? value : origin, value);
        }
        for (JsonNode element : expected) {
            String value = element.get(key).asText();
            String origin = identities.expectedOrigin().apply(value);
            String match = origin == null ? value : origin;
            walk(path + "[" + key + "=" + value + "]", element, actualByKey.remove(match), out);
            actualLabel.remove(match);
        }
        actualByKey.forEach((match, element) -> walk(path + "[" + key + "=" + actualLabel.get(match) + "]", null, element, out));
    }

    private boolean sameScalar(JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return true;
        }
        String left = ValueMap.text(expected);
        String right = ValueMap.text(actual);
        if (left != null && right != null && identities.same(left, right)) {
            return true;
        }
        if (expected.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual()) {
            return sameText(expected.asText(), actual.asText());
        }
        return false;
    }

    private boolean sameText(String expected, String actual) {
        Matcher left = LEGACY_DATE.matcher(expected);
        Matcher right = LEGACY_DATE.matcher(actual);
        if (left.matches() && right.matches()) {
            long apart = Math.abs(Long.parseLong(left.group(1)) - Long.parseLong(right.group(1)));
            return apart <= rules.dateToleranceMillis();
        }
        if (rules.urlsByShape() && isUrl(expected) && isUrl(actual)) {
            String shape = urlShape(expected);
            return shape != null && shape.equals(urlShape(actual));
        }
        return false;
    }

    private static boolean isUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://");
    }

    /**
     * A URL's shape: its path with every segment holding a digit (ids, tokens, sizes) written
     * {@code {}}, and the sorted names of its query parameters. Scheme, host and port are left
     * out: the gateway under test is not the retired host.
     */
    static String urlShape(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        StringBuilder shape = new StringBuilder();
        for (String segment : (uri.getRawPath() == null ? "" : uri.getRawPath()).split("/")) {
            if (!segment.isEmpty()) {
                shape.append('/').append(HAS_DIGIT.matcher(segment).matches() ? "{}" : segment);
            }
        }
        if (uri.getRawQuery() != null) {
            TreeSet<String> names = new TreeSet<>();
            for (String parameter : uri.getRawQuery().split("&")) {
                names.add(parameter.split("=", 2)[0]);
            }
            shape.append('?').append(String.join("&", names));
        }
        return shape.toString();
    }

    private static boolean isNullVersusEmpty(JsonNode one, JsonNode other) {
        return one.isNull() && other.isArray() && other.isEmpty();
    }

    private static boolean keyed(JsonNode array, String key) {
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull(key) || element.get(key).isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String text(JsonNode node) {
        return node == null ? null : shorten(node.toString());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Examples stay readable in the report: long values are cut. */
    static String shorten(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
