package com.connectgateway.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob over JSON paths such as {@code **.Token} or {@code SearchForImagesResult.Images.*.Url*}.
 * Segments are separated by dots; {@code **} stands for any number of segments (none included),
 * {@code *} inside a segment for any characters. Array positions ({@code [3]}, {@code [*]},
 * {@code [ImageId=...]}) are left out on both sides, so {@code **.Images.ImageId} matches every image.
 */
public final class PathGlob {

    private final String text;
    private final List<Pattern> segments = new ArrayList<>();

    private PathGlob(String text) {
        this.text = text;
        for (String segment : segmentsOf(text)) {
            segments.add(segment.equals("**") ? null : Pattern.compile(toRegex(segment)));
        }
    }

    public static PathGlob of(String glob) {
        return new PathGlob(glob.strip());
    }

    public boolean matches(String path) {
        return matches(0, segmentsOf(path), 0);
    }

    @Override
    public String toString() {
        return text;
    }

    private boolean matches(int globIndex, List<String> path, int pathIndex) {
        if (globIndex == segments.size()) {
            return pathIndex == path.size();
        }
        Pattern segment = segments.get(globIndex);
        if (segment == null) {
            for (int skip = pathIndex; skip <= path.size(); skip++) {
                if (matches(globIndex + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        return pathIndex < path.size() && segment.matcher(path.get(pathIndex)).matches() && matches(globIndex + 1, path, pathIndex + 1);
    }

    /** The member names of a path, array positions dropped. */
    static List<String> segmentsOf(String path) {
        List<String> names = new ArrayList<>();
        for (String part : withoutPositions(path).split("\\.")) {
            if (!part.isEmpty()) {
                names.add(part);
            }
        }
        return names;
    }

    /** {@code a.Images[3].Id} → {@code a.Images.Id}; bracket contents may hold dots (keyed elements). */
    static String withoutPositions(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : path.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String toRegex(String segment) {
        StringBuilder regex = new StringBuilder();
        for (String literal : segment.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return regex.toString();
    }
}
