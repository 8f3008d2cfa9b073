package org.annals.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything annals knows about one document: immutable layers of records, each with spans into
 * {@link Document#text()}. Stages add layers with the {@code with...} methods, which return a new value.
 *
 * @param document the input
 * @param normalized the text with the same length as the original, curly quotes, dashes and odd spaces made
 *     plain, so that offsets carry over one to one
 * @param publication the publication date and where it came from
 * @param blocks header, title, body paragraphs, embedded posts, transcript turns
 * @param tokens tokens in text order
 * @param sentences sentences in text order
 * @param mentions mentions of actors in text order
 * @param actors the actors the mentions resolve to, in order of first mention
 * @param times temporal expressions in text order
 * @param quotes quotations in text order
 * @param events events in text order
 * @param counts counts in text order
 * @param diagnostics problems met along the way
 * @param story the id of the story this document belongs to, once stories are formed, else {@code null}
 * @param duplicateOf the id of the document this one is a near-copy of, else {@code null}
 */
public record Analysis(Document document, String normalized, Publication publication, List<Block> blocks,
                       List<Token> tokens, List<Sentence> sentences, List<Mention> mentions, List<Actor> actors,
                       List<Timex> times, List<Quote> quotes, List<Event> events, List<Count> counts,
                       List<Diagnostic> diagnostics, String story, String duplicateOf) {

    public Analysis {
        Objects.requireNonNull(document, "document");
        normalized = Objects.requireNonNullElse(normalized, document.text());
        if (normalized.length() != document.text().length()) {
            throw new IllegalArgumentException("normalized text must keep the original's length");
        }
        publication = Objects.requireNonNullElse(publication, Publication.UNKNOWN);
        blocks = List.copyOf(blocks);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        actors = List.copyOf(actors);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        counts = List.copyOf(counts);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The empty analysis of a document, before any stage ran. */
    public static Analysis start(Document document) {
        return new Analysis(document, document.text(), Publication.UNKNOWN, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** The original text. */
    public String text() {
        return document.text();
    }

    /** The original text a span covers. */
    public String covered(Span span) {
        return span.covered(document.text());
    }

    public Actor actor(String id) {
        if (id == null) {
            return null;
        }
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public Analysis withNormalized(String value) {
        return new Analysis(document, value, publication, blocks, tokens, sentences, mentions, actors, times,
                quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withPublication(Publication value) {
        return new Analysis(document, normalized, value, blocks, tokens, sentences, mentions, actors, times,
                quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withBlocks(List<Block> value) {
        return new Analysis(document, normalized, publication, value, tokens, sentences, mentions, actors, times,
                quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withTokens(List<Token> tokenLayer, List<Sentence> sentenceLayer) {
        return new Analysis(document, normalized, publication, blocks, tokenLayer, sentenceLayer, mentions,
                actors, times, quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withEntities(List<Mention> mentionLayer, List<Actor> actorLayer) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentionLayer,
                actorLayer, times, quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withTimes(List<Timex> value) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, value,
                quotes, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withQuotes(List<Quote> value) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, times,
                value, events, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withEvents(List<Event> value) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, times,
                quotes, value, counts, diagnostics, story, duplicateOf);
    }

    public Analysis withCounts(List<Count> value) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, times,
                quotes, events, value, diagnostics, story, duplicateOf);
    }

    public Analysis withDiagnostic(Diagnostic d) {
        var all = new java.util.ArrayList<>(diagnostics);
        all.add(d);
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, times,
                quotes, events, counts, all, story, duplicateOf);
    }

    public Analysis withStory(String storyId, String duplicateOfId) {
        return new Analysis(document, normalized, publication, blocks, tokens, sentences, mentions, actors, times,
                quotes, events, counts, diagnostics, storyId, duplicateOfId);
    }
}
