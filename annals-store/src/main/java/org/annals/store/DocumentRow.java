package org.annals.store;

import java.util.regex.Pattern;

/**
 * A stored document without its layers.
 *
 * @param id the document id
 * @param source the source name
 * @param origin where it was read from, or {@code null}
 * @param url its URL, or {@code null}
 * @param published the publication date, or {@code null}
 * @param language its language
 * @param story its story, or {@code null}
 * @param duplicateOf the document it is a near-copy of, or {@code null}
 * @param title its title as {@link #title(String)} reads it from the text
 * @param text the text, or {@code null} in a list ({@link Store#documents})
 */
public record DocumentRow(String id, String source, String origin, String url, String published, String language,
                          String story, String duplicateOf, String title, String text) {

    /** How much of the text a list reads for the title. */
    static final int TITLE_CHARS = 4000;

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /**
     * The {@code Title:} (or {@code Headline:}) header, else the first line that is not blank and not a dateline
     * (a year with fewer than eight words: "Published 9 August 2022"), cut at 160 characters; of the first eleven
     * lines.
     */
    public static String title(String text) {
        String first = null;
        String any = null;
        int lines = 0;
        for (String line : text.split("\\R", 12)) {
            String s = line.strip();
            for (String header : new String[] {"title:", "headline:"}) {
                if (s.regionMatches(true, 0, header, 0, header.length())) {
                    return cut(s.substring(header.length()).strip());
                }
            }
            if (!s.isEmpty()) {
                any = any == null ? s : any;
                if (first == null && !(YEAR.matcher(s).find() && WORD.matcher(s).results().count() < 8)) {
                    first = s;
                }
            }
            if (++lines >= 11) {
                break;
            }
        }
        return first != null ? cut(first) : any != null ? cut(any) : "";
    }

    private static String cut(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "\u2026";
    }
}
