package org.annals.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.store.Store;

/**
 * What the API knows of every stored document without its layers: id, source, dates, story, and a title (the
 * {@code Title:} header or the first line of the text), in the order the documents arrived. Read once from the
 * store's {@code documents} table and kept; read again after an ingest.
 */
final class Catalog {

    /** One document as a list shows it. */
    record Doc(int seq, String id, String source, String url, String published, String story, String duplicateOf,
               String title, int length) {
    }

    private final List<Doc> docs;
    private final Map<String, Doc> byId;
    private final Map<String, List<Doc>> byStory;

    private Catalog(List<Doc> docs) {
        this.docs = Collections.unmodifiableList(docs);
        this.byId = new HashMap<>();
        this.byStory = new LinkedHashMap<>();
        for (Doc d : docs) {
            byId.put(d.id(), d);
            if (d.story() != null) {
                byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    static Catalog read(Store store) {
        List<Doc> out = new ArrayList<>();
        store.forEachRow("documents", new Store.RowSink() {
            int id;
            int source;
            int url;
            int published;
            int story;
            int duplicate;
            int text;

            @Override
            public void columns(List<String> names, List<Class<?>> types) {
                id = names.indexOf("id");
                source = names.indexOf("source");
                url = names.indexOf("url");
                published = names.indexOf("published");
                story = names.indexOf("story");
                duplicate = names.indexOf("duplicate_of");
                text = names.indexOf("text");
            }

            @Override
            public void row(Object[] v) {
                String t = text < 0 ? "" : (String) v[text];
                out.add(new Doc(out.size(), (String) v[id], (String) v[source], str(v, url), str(v, published),
                        str(v, story), str(v, duplicate), title(t), t.length()));
            }
        });
        return new Catalog(out);
    }

    private static String str(Object[] v, int i) {
        return i < 0 || v[i] == null ? null : v[i].toString();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");

    /**
     * The {@code Title:} (or {@code Headline:}) header, else the first line that is not blank and not a dateline
     * (a year with fewer than eight words: "Published 9 August 2022"), cut at 160 characters.
     */
    static String title(String text) {
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

    List<Doc> all() {
        return docs;
    }

    Doc get(String id) {
        return byId.get(id);
    }

    List<Doc> story(String id) {
        return byStory.getOrDefault(id, List.of());
    }
}
