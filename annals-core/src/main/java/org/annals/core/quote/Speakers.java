package org.annals.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.match.Mentions;
import org.annals.core.match.TokenView;
import org.annals.core.model.Block;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;

/**
 * Resolves the speaker phrases of quotes (in text order) to actors:
 * <ol>
 * <li>the mention with an actor over the speaker phrase (a person before an organisation before a place);</li>
 * <li>for a quote with no speaker phrase, the speaker of the quote before it when that one is in the same or
 * the previous paragraph ({@code "...," he said. "..."}): its phrase and actor are carried over;</li>
 * <li>failing these, for a quote with no speaker phrase or whose phrase is a personal pronoun ({@code he},
 * {@code she}) that no mention resolves, the last person mentioned before the quote outside quoted words
 * (a description such as {@code the Russian president} is left to the entity stage, which links it by
 * coreference: "the ministry" must not fall back to a person);</li>
 * <li>else none. A label (a transcript turn, a post's author line) resolves through rule 1 only.</li>
 * </ol>
 */
final class Speakers {

    private final TokenView v;
    private final Mentions mentions;

    Speakers(QuoteContext ctx) {
        this.v = ctx.view;
        this.mentions = ctx.mentions;
    }

    /** The quotes of the drafts (sorted here), numbered {@code q1, q2, ...}. */
    List<Quote> resolve(List<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort((x, y) -> x.span().compareTo(y.span()));
        List<Span> quoted = new ArrayList<>();
        for (Draft d : sorted) {
            if (d.kind() != Quote.Kind.INDIRECT) {
                quoted.add(d.span());
            }
        }
        List<Quote> out = new ArrayList<>(sorted.size());
        String text = v.analysis().text();
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            Span speakerSpan = d.speakerSpan();
            String actor = actorOf(speakerSpan, d.fixedSpeaker());
            if (actor != null && isHeOrShe(speakerSpan) && namedBefore(d.span(), speakerSpan, actor)) {
                // "Scholz, he said, praised ...": the one the clause is about is not the one who tells it
                Quote prev = i > 0 ? out.get(i - 1) : null;
                actor = prev != null && prev.speaker() != null && !prev.speaker().equals(actor)
                        && nearby(prev.span(), d.span()) ? prev.speaker() : null;
            }
            if (actor == null && !d.fixedSpeaker()) {
                Quote prev = i > 0 ? out.get(i - 1) : null;
                if (speakerSpan.isEmpty() && prev != null && prev.kind() != Quote.Kind.TURN
                        && !prev.speakerSpan().isEmpty() && nearby(prev.span(), d.span())) {
                    speakerSpan = prev.speakerSpan();
                    actor = prev.speaker();
                } else if (isOneOf(speakerSpan, "they") && prev != null && prev.speaker() != null
                        && endsInPlural(prev.speakerSpan()) && nearby(prev.span(), d.span())) {
                    // "Indonesian officials said ... Kishida, they said, ...": the group that spoke last
                    actor = prev.speaker();
                } else if (speakerSpan.isEmpty() || isHeOrShe(speakerSpan)) {
                    // a quote that opens its paragraph is the next person's ("“...” With those words, X opened
                    // the meeting"), else the last person's named before it
                    Mention m = speakerSpan.isEmpty() ? firstPersonAfterOpening(d.span()) : null;
                    if (m == null) {
                        m = mentions.lastBefore(Math.min(d.span().start(),
                                speakerSpan.isEmpty() ? d.span().start() : speakerSpan.start()),
                                EntityType.PERSON, quoted);
                    }
                    actor = m == null ? null : m.actor();
                }
            }
            String cue = d.cueSpan().isEmpty() ? null : d.cueSpan().covered(text);
            out.add(new Quote("q" + (i + 1), d.span(), d.span().covered(text), d.kind(), actor, speakerSpan, cue,
                    d.cueSpan(), d.embedded()));
        }
        return out;
    }

    /**
     * When the quoted words open their paragraph and end in it, the first person named after them in it; else
     * {@code null}.
     */
    private Mention firstPersonAfterOpening(Span quote) {
        int first = v.tokenAtOrAfter(quote.start());
        if (first >= v.size()) {
            return null;
        }
        int block = v.blockIndex(first);
        // the quote's own mark, then nothing of the paragraph before it
        int before = first - 2;
        if (before >= 0 && v.blockIndex(before) == block) {
            return null;
        }
        Block b = v.analysis().blocks().get(block);
        if (quote.end() >= b.span().end()) {
            return null;
        }
        Span next = new Span(quote.end(), b.span().end());
        for (Mention m : mentions.inside(next, EntityType.PERSON)) {
            return m;
        }
        return null;
    }

    private String actorOf(Span speakerSpan, boolean labelled) {
        if (speakerSpan.isEmpty()) {
            return null;
        }
        if (labelled) {
            List<Mention> persons = mentions.inside(speakerSpan, EntityType.PERSON);
            if (!persons.isEmpty()) {
                return persons.get(0).actor();
            }
        }
        Mention m = mentions.best(speakerSpan);
        if (m == null) {
            m = bodyDescribed(speakerSpan);
        }
        return m == null ? null : m.actor();
    }

    /**
     * For a speaker "the ministry", "the council": the last organisation named before it whose name holds that
     * noun ("Ethiopia's Ministry of Foreign Affairs ... Ethiopia, the ministry said"); else {@code null}.
     */
    private Mention bodyDescribed(Span speakerSpan) {
        int from = v.tokenAtOrAfter(speakerSpan.start());
        int to = v.tokenAtOrAfter(speakerSpan.end());
        if (to - from != 2 || !v.is(from, "the") || !v.isWord(from + 1) || v.isCapitalized(from + 1)) {
            return null;
        }
        return mentions.lastHolding(speakerSpan.start(), EntityType.ORGANIZATION, v.lower(from + 1));
    }

    /** True when two quotes are in the same or adjacent paragraphs. */
    private boolean nearby(Span before, Span after) {
        int b = v.blockIndex(Math.min(v.size() - 1, v.tokenAtOrAfter(before.end()) - 1));
        int a = v.blockIndex(Math.min(v.size() - 1, v.tokenAtOrAfter(after.start())));
        return a - b <= 1;
    }

    /** The speaker phrase {@code he} or {@code she}. */
    private boolean isHeOrShe(Span speakerSpan) {
        return isOneOf(speakerSpan, "he", "she");
    }

    /** True when the speaker phrase is a single word, one of {@code words}. */
    private boolean isOneOf(Span speakerSpan, String... words) {
        int from = v.tokenAtOrAfter(speakerSpan.start());
        if (v.tokenAtOrAfter(speakerSpan.end()) - from != 1) {
            return false;
        }
        for (String word : words) {
            if (v.is(from, word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the quoted words name {@code actor} before the speaker phrase that interrupts them. */
    private boolean namedBefore(Span quote, Span speakerSpan, String actor) {
        if (!quote.contains(speakerSpan)) {
            return false;
        }
        Span before = new Span(quote.start(), speakerSpan.start());
        for (Mention m : mentions.inside(before, EntityType.PERSON)) {
            if (actor.equals(m.actor())) {
                return true;
            }
        }
        return false;
    }

    /** A speaker phrase that ends in a plural common noun: {@code Indonesian officials}, {@code the ministers}. */
    private boolean endsInPlural(Span speakerSpan) {
        int last = v.tokenAtOrAfter(speakerSpan.end()) - 1;
        return !speakerSpan.isEmpty() && last >= 0 && v.isWord(last) && !v.isCapitalized(last)
                && v.lower(last).endsWith("s") && !v.lower(last).endsWith("ss");
    }

}
