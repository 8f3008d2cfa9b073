package org.annals.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.match.Mentions;
import org.annals.core.match.TokenView;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Count;
import org.annals.core.model.EntityType;
import org.annals.core.model.Event;
import org.annals.core.model.Mention;
import org.annals.core.model.Sentence;
import org.annals.core.pipeline.Stage;

/**
 * The counts layer: people killed, wounded, missing, arrested, displaced or abducted, protesters, troops, and
 * amounts of aid, each with its qualifier ({@code more than}), unit ({@code tonnes}, {@code USD}), place (a
 * location mentioned in the sentence, preferably after {@code in} or {@code at}) and event (one of its sentence
 * the count is of, when the events layer ran). Reads tokens, sentences, blocks and (when the
 * entity stage ran) mentions; without mentions, places stay {@code null}. The patterns are in
 * {@link CountRules}, the words in {@code count-words.tsv}. Immutable and thread-safe.
 */
public final class CountFinder implements Stage {

    private final CountLexicon lex;

    /** A finder with the words shipped with annals. */
    public CountFinder() {
        this(CountLexicon.standard());
    }

    /** A finder with the given word lists. */
    public CountFinder(CountLexicon lex) {
        this.lex = lex;
    }

    @Override
    public Analysis apply(Analysis in) {
        if (in.tokens().isEmpty()) {
            return in.withCounts(List.of());
        }
        TokenView v = TokenView.of(in);
        CountRules rules = new CountRules(lex, in.tokens());
        Mentions mentions = new Mentions(in);
        List<Count> out = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            if (s.tokenCount() == 0 || isMeta(v.blockKind(s.firstToken()))) {
                continue;
            }
            for (Found f : rules.sentence(s.firstToken(), s.endToken())) {
                out.add(new Count(v.span(f.start(), f.end()), f.kind(), f.value(), f.qualifier(), f.unit(),
                        place(v, mentions, s, f), event(in, v, s, f)));
            }
        }
        return in.withCounts(out);
    }

    /**
     * The event of the count's sentence that the count is of: one of the categories its kind belongs to (the dead
     * and wounded of an assault, the arrested of a crackdown, the aid of a pledge), the one whose trigger is
     * nearest the number; or null.
     */
    private static String event(Analysis in, TokenView v, Sentence s, Found f) {
        Set<String> types = EVENT_TYPES.getOrDefault(f.kind(), Set.of());
        Event best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Event e : in.events()) {
            if (!types.contains(e.type()) || e.trigger().start() < s.span().start()
                    || e.trigger().end() > s.span().end()) {
                continue;
            }
            int distance = Math.abs(v.tokenAtOrAfter(e.trigger().start()) - f.number());
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.id();
    }

    /** The categories of the events whose counts each kind reports. */
    private static final Map<String, Set<String>> EVENT_TYPES = Map.of(
            "killed", Set.of("ASSAULT", "COERCE"),
            "wounded", Set.of("ASSAULT", "COERCE"),
            "missing", Set.of("ASSAULT"),
            "abducted", Set.of("ASSAULT"),
            "arrested", Set.of("COERCE", "SANCTION"),
            "displaced", Set.of("ASSAULT", "COERCE"),
            "protesters", Set.of("PROTEST"),
            "troops", Set.of("MOBILIZE", "AID", "ASSAULT"),
            "aid", Set.of("AID", "AGREE"));

    private static boolean isMeta(Block.Kind kind) {
        return kind == Block.Kind.HEADER || kind == Block.Kind.RULE;
    }

    /** The location mentioned in the sentence nearest the count, preferring one after "in" or "at". */
    private String place(TokenView v, Mentions mentions, Sentence s, Found f) {
        Mention best = null;
        boolean bestMarked = false;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions.inside(s.span(), EntityType.LOCATION)) {
            int at = v.tokenAtOrAfter(m.span().start());
            boolean marked = at > s.firstToken()
                    && lex.at(CountLexicon.Role.PLACE_BEFORE, v.analysis().tokens(), at - 1, at) != null;
            int distance = Math.abs(at - f.number());
            if (best == null || marked && !bestMarked || marked == bestMarked && distance < bestDistance) {
                best = m;
                bestMarked = marked;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.actor();
    }
}
