package com.connectgateway.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exchange per line: {@code {"request":{"method","url","headers","body"},"response":{"status","headers","body"}}}.
 * Headers may be an object or a HAR-style list of name/value pairs; a body may be a JSON value
 * or a string holding the raw text. Blank lines and lines starting with {@code #} are skipped.
 */
public final class JsonlReader {

    private JsonlReader() {
    }

    public static List<Exchange> parse(String text, String source) {
        List<Exchange> exchanges = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int number = 0; number < lines.length; number++) {
            String line = lines[number].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            JsonNode exchange;
            try {
                exchange = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new CorpusException(source + " line " + (number + 1) + " is not a JSON object: " + e.getOriginalMessage(), e);
            }
            JsonNode request = exchange.path("request");
            JsonNode response = exchange.path("response");
            if (!request.isObject() || !request.hasNonNull("url")) {
                throw new CorpusException(source + " line " + (number + 1) + " has no request.url");
            }
            exchanges.add(new Exchange(exchanges.size() + 1, request.path("method").asText("POST"), request.path("url").asText(),
                    headers(request.path("headers")), body(request.path("body")), response.path("status").asInt(0),
                    headers(response.path("headers")), body(response.path("body"))));
        }
        return exchanges;
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (node.isArray()) {
            node.forEach(header -> headers.put(header.path("name").asText(), header.path("value").asText("")));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText("")));
        }
        return headers;
    }

    private static String body(JsonNode body) {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        return body.isTextual() ? body.asText() : body.toString();
    }
}
