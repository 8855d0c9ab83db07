package com.connectgateway.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a corpus file in either supported form, told apart by content rather than by file name. */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static List<Exchange> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorpusException("Cannot read the corpus " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static List<Exchange> parse(String text, String source) {
        // A HAR file is one JSON document whose root has "log"; JSONL is one document per line.
        JsonNode whole = Json.parseOrNull(text);
        if (whole != null && whole.has("log")) {
            return HarReader.parse(text, source);
        }
        return JsonlReader.parse(text, source);
    }
}
