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

    /** The title of a document's text, as the store reads it ({@link org.annals.store.DocumentRow#title}). */
    static String title(String text) {
        return org.annals.store.DocumentRow.title(text);
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
