package org.annals.core.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.tag.NerTagger.Entity;

/** The tiny training set of the tagger's tests ({@code tiny-news.conll}) and helpers to look at it. */
final class TinyNews {

    private TinyNews() {
    }

    /** The documents of {@code tiny-news.conll}, read with the few rules of its format. */
    static List<TaggedDocument> documents() {
        List<TaggedDocument> docs = new ArrayList<>();
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (InputStream in = TinyNews.class.getResourceAsStream("tiny-news.conll");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    if (!words.isEmpty()) {
                        sentences.add(new TaggedSentence(words, tags));
                        words.clear();
                        tags.clear();
                    }
                    if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                        docs.add(new TaggedDocument("tiny#" + docs.size(), sentences));
                        sentences.clear();
                    }
                    continue;
                }
                String[] cols = line.split(" ");
                words.add(cols[0]);
                tags.add(cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!words.isEmpty()) {
            sentences.add(new TaggedSentence(words, tags));
        }
        docs.add(new TaggedDocument("tiny#" + docs.size(), sentences));
        return docs;
    }

    /** The words of a document, one list. */
    static List<String> words(TaggedDocument doc) {
        List<String> out = new ArrayList<>();
        doc.sentences().forEach(s -> out.addAll(s.words()));
        return out;
    }

    /** The sentences of a document over the tokens of {@link NerTrainer#tokens} of its words. */
    static List<Sentence> sentences(TaggedDocument doc, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (TaggedSentence s : doc.sentences()) {
            int end = start + s.size();
            out.add(new Sentence(new Span(tokens.get(start).start(), tokens.get(end - 1).end()), start, end, 0));
            start = end;
        }
        return out;
    }

    /** The gold entities of a document (IOB2 tags) over its token indices. */
    static List<Entity> gold(TaggedDocument doc) {
        List<Entity> out = new ArrayList<>();
        int offset = 0;
        for (TaggedSentence s : doc.sentences()) {
            for (int[] e : NerTrainer.spans(s.tags(), List.of("LOC", "MISC", "ORG", "PER"), doc.id())) {
                out.add(new Entity(offset + e[0], offset + e[1], List.of("LOC", "MISC", "ORG", "PER").get(e[2])));
            }
            offset += s.size();
        }
        return out;
    }

    /** Entities as {@code TYPE[covered words]}, for readable assertions. */
    static List<String> show(List<Entity> entities, List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            StringBuilder b = new StringBuilder(e.type()).append('[');
            for (int i = e.start(); i < e.end(); i++) {
                b.append(i > e.start() ? " " : "").append(tokens.get(i).text());
            }
            out.add(b.append(']').toString());
        }
        return out;
    }
}
