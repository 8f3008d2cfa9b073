package org.annals.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Span;
import org.annals.core.pipeline.Stage;

/**
 * Cuts the text into blocks and says what each is: the metadata header at the top ({@code Published:
 * 2023-03-14}, a date alone on the first line, a {@code date 2021-11-23} prefix), titles and sub-headings,
 * body paragraphs, social-media posts pasted into the article, the lines of a transcript that open a speaker's
 * turn ({@code President of Chile Gabriel Boric: ...}), and separator rules. Sentences never cross a block.
 */
public final class Layout implements Stage {

    static final Set<String> HEADER_KEYS = Set.of("title", "headline", "source", "published", "date", "author",
            "by", "byline", "url", "link", "section", "updated", "publisher", "language", "dateline", "tags",
            "category", "id", "modified", "posted", "created", "outlet", "agency");

    static final Set<String> DATE_KEYS = Set.of("published", "date", "posted", "updated", "created", "modified");

    /** How many lines at the top may be header lines. */
    private static final int MAX_HEADER_LINES = 8;

    /** The longest line that a date alone makes a header line. */
    private static final int MAX_DATE_LINE = 70;

    /**
     * Small words a speaker's label may hold between its capitalised words ("President of Chile", "Minister for
     * Foreign Affairs"). Not "on": "Senator Wade on the Pipeline Deal: ..." is a headline about what he said.
     */
    private static final Set<String> LABEL_JOINERS = Set.of("of", "the", "and", "for", "to", "de", "da", "del",
            "al", "bin", "ibn", "von", "van", "der", "la", "le", "du", "el");

    private static final Set<String> NOT_SPEAKERS = Set.of("note", "notes", "source", "sources", "photo", "read",
            "watch", "related", "editing", "reporting", "update", "correction", "warning", "disclaimer", "credit",
            "video", "image", "caption", "also", "see", "contact", "email", "tel", "phone", "file", "topics",
            "keywords", "subscribe", "follow", "share", "advertisement", "listen", "transcript");

    @Override
    public Analysis apply(Analysis in) {
        return in.withBlocks(blocks(in.normalized()));
    }

    /** The blocks of a (normalised) text, in order. */
    public static List<Block> blocks(String text) {
        List<int[]> lines = lines(text);
        List<Block> out = new ArrayList<>();
        int i = 0;
        // 1. the header: metadata lines at the top (a title may come first), or a date prefix on the first line
        int seen = 0;
        while (i < lines.size() && seen < MAX_HEADER_LINES) {
            int[] l = lines.get(i);
            if (l[0] == l[1]) {
                i++;
                continue;
            }
            String line = text.substring(l[0], l[1]);
            if (isHeaderLine(line)) {
                out.add(new Block(new Span(l[0], l[1]), Block.Kind.HEADER, Span.NONE));
                i++;
                seen++;
                continue;
            }
            int prefix = seen == 0 ? datePrefix(line) : 0;
            if (prefix > 0) {
                out.add(new Block(new Span(l[0], l[0] + prefix), Block.Kind.HEADER, Span.NONE));
                int rest = l[0] + prefix;
                while (rest < l[1] && text.charAt(rest) == ' ') {
                    rest++;
                }
                lines.set(i, new int[] {rest, l[1]});
                break;
            }
            if (isHeading(line) && headerFollows(text, lines, i + 1)) {
                out.add(new Block(new Span(l[0], l[1]), Block.Kind.TITLE, Span.NONE));
                i++;
                seen++;
                continue;
            }
            break;
        }
        // 2. the body: paragraphs of one or more lines
        int blockStart = -1;
        int blockEnd = -1;
        int blockLines = 0;
        List<int[]> paragraphs = new ArrayList<>();
        for (; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (l[0] == l[1]) {
                if (blockStart >= 0) {
                    paragraphs.add(new int[] {blockStart, blockEnd, blockLines});
                    blockStart = -1;
                }
                continue;
            }
            String line = text.substring(l[0], l[1]);
            boolean standalone = isRule(line) || speakerLabelEnd(line) > 0;
            if (blockStart >= 0 && !standalone && continues(text.substring(blockStart, blockEnd), line)) {
                blockEnd = l[1];
                blockLines++;
                continue;
            }
            if (blockStart >= 0) {
                paragraphs.add(new int[] {blockStart, blockEnd, blockLines});
            }
            blockStart = l[0];
            blockEnd = l[1];
            blockLines = 1;
        }
        if (blockStart >= 0) {
            paragraphs.add(new int[] {blockStart, blockEnd, blockLines});
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            int[] b = paragraphs.get(p);
            String s = text.substring(b[0], b[1]);
            Span span = new Span(b[0], b[1]);
            int label = speakerLabelEnd(s);
            if (isRule(s)) {
                out.add(new Block(span, Block.Kind.RULE, Span.NONE));
            } else if (label > 0) {
                out.add(new Block(span, Block.Kind.TURN, labelSpan(text, b[0], label)));
            } else if (isEmbed(s)) {
                out.add(new Block(span, Block.Kind.EMBED, embedAuthor(s, b[0])));
            } else if (b[2] == 1 && p + 1 < paragraphs.size() && isHeading(s)) {
                out.add(new Block(span, Block.Kind.TITLE, Span.NONE));
            } else {
                out.add(new Block(span, Block.Kind.BODY, Span.NONE));
            }
        }
        return out;
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && text.charAt(s) == ' ') {
                    s++;
                }
                while (e > s && text.charAt(e - 1) == ' ') {
                    e--;
                }
                lines.add(new int[] {s, e});
                start = i + 1;
            }
        }
        return lines;
    }

    /** A metadata line ({@code Published: 2023-03-14}), a byline, or a short line that carries a date. */
    static boolean isHeaderLine(String line) {
        int colon = line.indexOf(':');
        if (colon > 0 && colon < 20) {
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (HEADER_KEYS.contains(key) && colon + 1 < line.length()) {
                return true;
            }
        }
        if (line.startsWith("By ") && line.length() <= 60 && !line.endsWith(".")) {
            return true;
        }
        return headerDate(line) != null;
    }

    /** True when one of the next two non-empty lines from {@code from} is a header line. */
    private static boolean headerFollows(String text, List<int[]> lines, int from) {
        int checked = 0;
        for (int k = from; k < lines.size() && checked < 2; k++) {
            int[] l = lines.get(k);
            if (l[0] == l[1]) {
                continue;
            }
            if (isHeaderLine(text.substring(l[0], l[1]))) {
                return true;
            }
            checked++;
        }
        return false;
    }

    /** The publication date a header line gives, or {@code null}. */
    public static java.time.LocalDate headerDate(String line) {
        String s = line.strip();
        int colon = s.indexOf(':');
        if (colon > 0 && colon < 20) {
            String key = s.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (DATE_KEYS.contains(key)) {
                return HeaderDates.find(s.substring(colon + 1));
            }
            if (HEADER_KEYS.contains(key)) {
                return null;
            }
        }
        char last = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
        if (s.length() > MAX_DATE_LINE || last == '.' || last == '?' || last == '!') {
            return null;
        }
        return HeaderDates.find(s);
    }

    /**
     * The length of a date header that opens a line and is followed by the body on the same line
     * ({@code date 2021-11-23 On Tuesday, ...}), or 0.
     */
    static int datePrefix(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String key : DATE_KEYS) {
            if (lower.startsWith(key) && line.length() > key.length()
                    && (line.charAt(key.length()) == ' ' || line.charAt(key.length()) == ':')) {
                int at = key.length() + 1;
                while (at < line.length() && line.charAt(at) == ' ') {
                    at++;
                }
                int[] n = new int[1];
                if (HeaderDates.parsePrefix(line.substring(at), n) != null && at + n[0] < line.length()) {
                    return at + n[0];
                }
            }
        }
        return 0;
    }

    private static boolean isRule(String s) {
        if (s.length() < 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '*' && c != '-' && c != '_' && c != '=' && c != '~' && c != '#' && c != '\u2022') {
                return false;
            }
        }
        return true;
    }

    /** A line of a wrapped paragraph continues the one before it. */
    private static boolean continues(String before, String line) {
        char last = before.charAt(before.length() - 1);
        boolean ended = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '\''
                || last == ')' || last == ';';
        if (ended) {
            return false;
        }
        int lastLine = before.lastIndexOf('\n') + 1;
        return Character.isLowerCase(line.charAt(0)) || before.length() - lastLine >= 60;
    }

    private static boolean isHeading(String s) {
        char last = s.charAt(s.length() - 1);
        if (s.length() > 120 || last == '.' || last == '!' || last == '?' || last == '"' || last == ':'
                || last == ';' || last == ',') {
            return false;
        }
        return s.indexOf(' ') > 0;
    }

    private static boolean isEmbed(String s) {
        return s.contains("pic.twitter.com/") || s.contains("t.co/") || embedAuthorStart(s) >= 0;
    }

    // "- Name (@handle) November 23, 2021" at the end of a paragraph
    private static int embedAuthorStart(String s) {
        int handle = s.lastIndexOf("(@");
        if (handle < 0 || s.indexOf(')', handle) < 0) {
            return -1;
        }
        String after = s.substring(s.indexOf(')', handle) + 1).strip();
        if (!after.isEmpty() && HeaderDates.parse(after) == null) {
            return -1;
        }
        int dash = s.lastIndexOf(" - ", handle);
        return dash < 0 ? -1 : dash + 3;
    }

    private static Span embedAuthor(String s, int offset) {
        int start = embedAuthorStart(s);
        if (start < 0) {
            return Span.NONE;
        }
        int end = s.indexOf(')', s.lastIndexOf("(@")) + 1;
        return new Span(offset + start, offset + end);
    }

    /**
     * If the line opens a speaker's turn ({@code Title Name (note): words}), the offset of its colon, else 0.
     * The label must read as a name with titles: capitalised words and the small words of titles only.
     */
    static int speakerLabelEnd(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 160 || line.charAt(0) == '#') {
            return 0;
        }
        if (colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
            return 0;
        }
        String label = line.substring(0, colon).strip();
        int paren = label.indexOf('(');
        if (paren > 0 && label.endsWith(")")) {
            label = label.substring(0, paren).strip();
        }
        if (label.isEmpty() || label.indexOf('(') >= 0) {
            return 0;
        }
        String[] words = label.split(" +");
        // "Note:", "Editor's note:", "Photo credit:": labels of the page, not speakers
        if (NOT_SPEAKERS.contains(words[0].toLowerCase(Locale.ROOT))
                || NOT_SPEAKERS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || HEADER_KEYS.contains(label.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        if (words.length == 1 && !isAllCaps(words[0])) {
            return 0;
        }
        if (words.length > 16) {
            return 0;
        }
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (LABEL_JOINERS.contains(word) && w > 0 && w < words.length - 1) {
                continue;
            }
            if (!isNameWord(word)) {
                return 0;
            }
        }
        return colon;
    }

    private static Span labelSpan(String text, int offset, int colon) {
        int end = offset + colon;
        while (end > offset && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > offset && text.charAt(end - 1) == ')') {
            int open = text.lastIndexOf('(', end);
            if (open > offset) {
                end = open;
            }
        }
        while (end > offset && text.charAt(end - 1) == ' ') {
            end--;
        }
        return new Span(offset, end);
    }

    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
