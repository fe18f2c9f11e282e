package org.kolo.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks WebVTT subtitles the way browsers read them, reporting problems by line, and turns the cues into a plain
 * transcript for people who cannot play the media and for screen readers.
 */
public final class WebVtt {

    /** Hours have at most six digits: no video is longer, and more would overflow the milliseconds. */
    private static final Pattern TIMING = Pattern.compile(
            "^((?:\\d{2,6}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})\\s+-->\\s+((?:\\d{2,6}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})(\\s+.*)?$");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    public static final int MAX_CHARS = 500_000;

    private WebVtt() {}

    /** A problem at a line (1-based), in English for the log; {@code code} names the translated message. */
    public record Problem(int line, String code) {}

    public static List<Problem> check(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text.length() > MAX_CHARS) {
            problems.add(new Problem(1, "too-long"));
            return problems;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String first = lines.length == 0 ? "" : lines[0].replace("\uFEFF", "");
        if (!first.equals("WEBVTT") && !first.startsWith("WEBVTT ") && !first.startsWith("WEBVTT\t")) {
            problems.add(new Problem(1, "header"));
            return problems;
        }
        long previousStart = -1;
        int cues = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.contains("-->")) {
                continue;
            }
            Matcher timing = TIMING.matcher(line.strip());
            if (!timing.matches()) {
                problems.add(new Problem(i + 1, "timing"));
                continue;
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            if (end <= start) {
                problems.add(new Problem(i + 1, "end-before-start"));
            } else if (start < previousStart) {
                problems.add(new Problem(i + 1, "out-of-order"));
            }
            previousStart = Math.max(previousStart, start);
            if (i + 1 >= lines.length || lines[i + 1].isBlank()) {
                problems.add(new Problem(i + 1, "empty-cue"));
            }
            cues++;
        }
        if (cues == 0 && problems.isEmpty()) {
            problems.add(new Problem(1, "no-cues"));
        }
        return problems;
    }

    /** The cues' text, markup removed, one paragraph per cue. */
    public static List<String> transcript(String text) {
        List<String> paragraphs = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        StringBuilder cue = null;
        for (String line : lines) {
            if (line.contains("-->")) {
                cue = new StringBuilder();
            } else if (line.isBlank()) {
                if (cue != null && cue.length() > 0) {
                    paragraphs.add(cue.toString());
                }
                cue = null;
            } else if (cue != null) {
                cue.append(cue.length() > 0 ? " " : "")
                        .append(TAG.matcher(line).replaceAll("").strip());
            }
        }
        if (cue != null && cue.length() > 0) {
            paragraphs.add(cue.toString());
        }
        return paragraphs;
    }

    private static long millis(String time) {
        String[] parts = time.split("[:.]");
        long total = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            total = total * 60 + Long.parseLong(parts[i]);
        }
        return total * 1000 + Long.parseLong(parts[parts.length - 1]);
    }
}
