package com.connectgateway.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/**
 * A JSON response body read without Groovy: checks for {@code ValidatableResponse.body(Matcher)},
 * {@code body(at("A.B[0].C", equalTo(x)))}, and values taken out of a body,
 * {@code extract().as(JsonBody.class).getString("A.B")}, where REST Assured would use JsonPath.
 *
 * <p>REST Assured's own {@code body("A.B", matcher)} compiles the path into a new Groovy script on
 * every evaluation (20-40 ms each), which made path checks most of the suite's time. This reads
 * the same paths with Jackson: dot-separated member names, {@code [n]} indexes (negative from the
 * end), and GPath's rule that a member name applied to a list collects that member of every
 * element. Values come back as REST Assured's JsonPath gives them (Integer, Long or BigInteger for
 * whole numbers, Float or Double otherwise, String, Boolean, LinkedHashMap, ArrayList, null), and
 * a path through a missing member or index is null, so the same Hamcrest matchers apply.
 */
public final class JsonBody {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The last body read, by identity: a chain of checks on one response parses it once. */
    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    private record Parsed(String text, Object value) {
    }

    private final Object root;

    private JsonBody(Object root) {
        this.root = root;
    }

    /** How REST Assured's {@code as(JsonBody.class)} builds one (through Jackson). */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static JsonBody of(JsonNode tree) {
        return new JsonBody(plain(tree));
    }

    public static JsonBody of(String json) {
        return new JsonBody(parse(json));
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String path) {
        return (T) select(root, path);
    }

    public String getString(String path) {
        Object value = select(root, path);
        return value == null ? null : String.valueOf(value);
    }

    public long getLong(String path) {
        return number(path).longValue();
    }

    public int getInt(String path) {
        return number(path).intValue();
    }

    public boolean getBoolean(String path) {
        Object value = select(root, path);
        return value instanceof Boolean flag ? flag : Boolean.parseBoolean(String.valueOf(value));
    }

    public <T> List<T> getList(String path) {
        return get(path);
    }

    /** The list at {@code path} with every element as {@code type}; numbers and text convert to String. */
    public <T> List<T> getList(String path, Class<T> type) {
        List<?> list = get(path);
        if (list == null) {
            return null;
        }
        List<T> converted = new ArrayList<>(list.size());
        for (Object item : list) {
            converted.add(type == String.class && item != null ? type.cast(String.valueOf(item)) : type.cast(item));
        }
        return converted;
    }

    public <K, V> Map<K, V> getMap(String path) {
        return get(path);
    }

    private Number number(String path) {
        Object value = select(root, path);
        if (value instanceof Number number) {
            return number;
        }
        if (value == null) {
            throw new AssertionError("No number at JSON path " + path);
        }
        return new BigDecimal(String.valueOf(value));
    }

    /** Matches a JSON body whose value at {@code path} matches {@code expected}. */
    public static Matcher<Object> at(String path, Matcher<?> expected) {
        return new PathMatcher(path, expected);
    }

    /** The value at {@code path} inside a value this class handed out (a map or list of a body). */
    @SuppressWarnings("unchecked")
    public static <T> T read(Object value, String path) {
        return (T) select(value, path);
    }

    static Object parse(String json) {
        Parsed last = LAST.get();
        if (last != null && last.text() == json) {
            return last.value();
        }
        try {
            Object value = plain(MAPPER.readTree(json));
            LAST.set(new Parsed(json, value));
            return value;
        } catch (JsonProcessingException e) {
            throw new AssertionError("The body is not JSON: " + e.getOriginalMessage() + "\n" + json, e);
        }
    }

    static Object select(Object root, String path) {
        Object current = root;
        if (path.isEmpty() || path.equals("$")) {
            return current;
        }
        for (String segment : path.split("\\.", -1)) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            if (!name.isEmpty()) {
                if (!NAME.matcher(name).matches()) {
                    // GPath method calls and closures are Groovy: say so rather than answer null.
                    throw new IllegalArgumentException("Not a plain JSON path (names and [n] only): " + path);
                }
                current = member(current, name);
            }
            while (bracket >= 0) {
                int close = segment.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("Unclosed index in JSON path " + path);
                }
                current = index(current, Integer.parseInt(segment.substring(bracket + 1, close)));
                bracket = segment.indexOf('[', close);
            }
        }
        return current;
    }

    private static Object member(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (value instanceof List<?> list) {
            List<Object> collected = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item != null) {
                    collected.add(member(item, name));
                }
            }
            return collected;
        }
        return null;
    }

    private static Object index(Object value, int index) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        int position = index < 0 ? list.size() + index : index;
        return position >= 0 && position < list.size() ? list.get(position) : null;
    }

    private static Object plain(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    map.put(field.getKey(), plain(field.getValue()));
                }
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(item -> list.add(plain(item)));
                return list;
            }
            case STRING -> {
                return node.textValue();
            }
            case BOOLEAN -> {
                return node.booleanValue();
            }
            case NUMBER -> {
                return number(node);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < Integer.SIZE) {
                return value.intValue();
            }
            return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
        }
        BigDecimal value = node.decimalValue();
        float asFloat = value.floatValue();
        return Float.isInfinite(asFloat) ? (Object) value.doubleValue() : asFloat;
    }

    /** One use per check: it remembers what it found so the failure message can say it. */
    private static final class PathMatcher extends BaseMatcher<Object> {
        private final String path;
        private final Matcher<?> expected;
        private Object found;
        private boolean evaluated;

        PathMatcher(String path, Matcher<?> expected) {
            this.path = path;
            this.expected = expected;
        }

        @Override
        public boolean matches(Object body) {
            found = select(parse(String.valueOf(body)), path);
            evaluated = true;
            return expected.matches(found);
        }

        /** REST Assured prints this, then the whole body: say what the path held. */
        @Override
        public void describeTo(Description description) {
            description.appendText("JSON path ").appendText(path).appendText(" ").appendDescriptionOf(expected);
            if (evaluated) {
                description.appendText(", but ");
                expected.describeMismatch(found, description);
            }
        }
    }
}
