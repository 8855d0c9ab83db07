package com.connectgateway.sandbox.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams the lines of a class-path text resource as byte ranges, without making a string of
 * each: the WordNet files are 20 MB, and only a few fields of each line are ever read.
 */
final class AsciiLines {

    /** Sees one line: {@code bytes[from, to)}, without its line break. The array is reused afterwards. */
    @FunctionalInterface
    interface Visitor {
        void line(byte[] bytes, int from, int to);
    }

    private AsciiLines() {
    }

    static void read(String resource, Visitor visitor) {
        InputStream in = AsciiLines.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Word list resource missing from the class path: " + resource);
        }
        try (in) {
            byte[] buffer = new byte[1 << 16];
            int filled = 0;
            for (int read = in.read(buffer, 0, buffer.length); read >= 0; read = in.read(buffer, filled,
                    buffer.length - filled)) {
                filled += read;
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        visitor.line(buffer, start, i > start && buffer[i - 1] == '\r' ? i - 1 : i);
                        start = i + 1;
                    }
                }
                System.arraycopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (filled == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
                }
            }
            if (filled > 0) {
                visitor.line(buffer, 0, filled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** Index of the first space in {@code bytes[from, to)}, or {@code to}. */
    static int space(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] != ' ') {
            i++;
        }
        return i;
    }
}
