package org.annals.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What an input holds, told from its first bytes, never from its name. */
enum Format {
    TEXT, HTML, JSON_LINES, JSON, WARC, FEED, XML, GZIP, ZIP;

    /** How many bytes {@link #detect} looks at. */
    static final int HEAD = 8192;

    static Format detect(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4
                || head[2] == 5 && head[3] == 6)) {
            return ZIP;
        }
        if (startsWith(head, length, "WARC/")) {
            return WARC;
        }
        String s = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        int i = 0;
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            i = 3;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '<') {
            String low = s.substring(i).toLowerCase(Locale.ROOT);
            int feed = firstOf(low, "<rss", "<feed", "<rdf:rdf");
            int html = firstOf(low, "<html", "<!doctype html", "<head", "<body", "<p>", "<p ", "<div", "<article",
                    "<title", "<meta", "<h1", "<br", "<table");
            if (feed >= 0 && (html < 0 || feed < html)) {
                return FEED;
            }
            if (html >= 0) {
                return HTML;
            }
            return low.startsWith("<?xml") || low.startsWith("<!--") ? XML : TEXT;
        }
        if (i < s.length() && s.charAt(i) == '{') {
            return firstLineIsWhole(head, i, length) ? JSON_LINES : JSON;
        }
        if (i < s.length() && s.charAt(i) == '[') {
            int j = i + 1;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '{') {
                return JSON; // "[Reuters] ..." stays text
            }
        }
        // a page saved with a line of something else before it (a server's warning, a note): the page starts a line
        String start = s.substring(i, Math.min(s.length(), i + 1024)).toLowerCase(Locale.ROOT);
        if (start.matches("(?s).*\n\\s*(<!doctype html|<html)[\\s>].*")) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * Whether the line that starts at {@code from} is a JSON object of its own (JSON lines), rather than the first
     * line of one document spread over many (pretty-printed JSON). A first line longer than the head is taken as
     * JSON lines: pretty-printed documents start with short lines.
     */
    private static boolean firstLineIsWhole(byte[] head, int from, int length) {
        int nl = from;
        while (nl < length && head[nl] != '\n') {
            nl++;
        }
        if (nl >= length) {
            return length >= HEAD;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode n = JSON_MAPPER.readTree(head, from, nl - from);
            return n != null && n.isObject();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static boolean startsWith(byte[] head, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (head[k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int at = s.indexOf(n);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
