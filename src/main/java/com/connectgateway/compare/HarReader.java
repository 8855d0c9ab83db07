package com.connectgateway.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HAR 1.2 ({@code log.entries[]}), as browser devtools, mitmproxy and Charles write it. */
public final class HarReader {

    private HarReader() {
    }

    public static List<Exchange> parse(String text, String source) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CorpusException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode entries = root.path("log").path("entries");
        if (!entries.isArray()) {
            throw new CorpusException(source + " has no log.entries array (not a HAR file)");
        }
        List<JsonNode> ordered = new ArrayList<>();
        entries.forEach(ordered::add);
        // Entries are normally in start order already; a stable sort keeps recorded order on ties.
        ordered.sort(Comparator.comparing(entry -> entry.path("startedDateTime").asText("")));
        List<Exchange> exchanges = new ArrayList<>();
        for (JsonNode entry : ordered) {
            JsonNode request = entry.path("request");
            JsonNode response = entry.path("response");
            exchanges.add(new Exchange(exchanges.size() + 1, request.path("method").asText("POST"), request.path("url").asText(""),
                    headers(request.path("headers")), request.path("postData").path("text").asText(null),
                    response.path("status").asInt(0), headers(response.path("headers")), content(response.path("content"))));
        }
        return exchanges;
    }

    private static Map<String, String> headers(JsonNode list) {
        Map<String, String> headers = new LinkedHashMap<>();
        list.forEach(header -> headers.put(header.path("name").asText(), header.path("value").asText("")));
        return headers;
    }

    private static String content(JsonNode content) {
        if (!content.hasNonNull("text")) {
            return null;
        }
        String text = content.path("text").asText();
        if ("base64".equalsIgnoreCase(content.path("encoding").asText(""))) {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
        }
        return text;
    }
}
