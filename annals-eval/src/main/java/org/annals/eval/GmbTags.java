package org.annals.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.model.Token;
import org.annals.core.tag.NerTagger;
import org.annals.core.tag.NerTagger.Entity;
import org.annals.core.tag.NerTrainer;
import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.TaggedSentence;

/**
 * Maps the tags of the Groningen Meaning Bank (as in its Kaggle NER extract: {@code geo, gpe, org, per, tim,
 * art, eve, nat}) to the CoNLL-2003 set, following CoNLL's guidelines: {@code geo} is LOC, {@code org} ORG,
 * {@code per} PER without a leading title ("President", "Mr.", which CoNLL leaves out of the name); {@code
 * gpe} is LOC when it names a country of the knowledge base and MISC otherwise (it is mostly nationality
 * words, which CoNLL tags MISC); {@code art, eve, nat} are MISC and {@code tim} (times) is no name.
 * Sentences in other tag sets are left as they are.
 */
public final class GmbTags {

    private static final Set<String> GMB = Set.of("geo", "gpe", "org", "per", "tim", "art", "eve", "nat");
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr");

    private GmbTags() {
    }

    /** The documents with the sentences tagged in the GMB set mapped to the CoNLL set. */
    public static List<TaggedDocument> toConll(List<TaggedDocument> docs, KnowledgeBase kb) {
        List<TaggedDocument> out = new ArrayList<>(docs.size());
        for (TaggedDocument d : docs) {
            List<TaggedSentence> sentences = new ArrayList<>(d.sentences().size());
            boolean changed = false;
            for (TaggedSentence s : d.sentences()) {
                TaggedSentence m = isGmb(s) ? map(s, kb) : s;
                changed |= m != s;
                sentences.add(m);
            }
            out.add(changed ? new TaggedDocument(d.id(), sentences) : d);
        }
        return out;
    }

    private static boolean isGmb(TaggedSentence s) {
        for (String t : s.tags()) {
            if (!t.equals("O") && GMB.contains(t.substring(2))) {
                return true;
            }
        }
        return false;
    }

    private static TaggedSentence map(TaggedSentence s, KnowledgeBase kb) {
        List<Token> tokens = NerTrainer.tokens(s.words());
        String[] tags = new String[s.size()];
        Arrays.fill(tags, "O");
        for (Entity e : Chunks.of(s.tags(), 0)) {
            int start = e.start();
            String type = switch (e.type()) {
                case "geo" -> NerTagger.LOC;
                case "org" -> NerTagger.ORG;
                case "per" -> NerTagger.PER;
                case "gpe" -> isCountry(kb, tokens, e) ? NerTagger.LOC : NerTagger.MISC;
                case "art", "eve", "nat" -> NerTagger.MISC;
                case "tim" -> null;
                default -> e.type();
            };
            if (type == null) {
                continue;
            }
            if (type.equals(NerTagger.PER)) {
                start = afterTitles(kb, tokens, start, e.end());
            }
            for (int i = start; i < e.end(); i++) {
                tags[i] = (i == start ? "B-" : "I-") + type;
            }
        }
        return new TaggedSentence(s.words(), List.of(tags));
    }

    private static boolean isCountry(KnowledgeBase kb, List<Token> tokens, Entity e) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(tokens, e.start(), e.end());
        if (m == null || m.end() != e.end()) {
            return false;
        }
        for (KnowledgeBase.Candidate c : m.values()) {
            if (c.entry().kind() == Entry.Kind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** The first token of a person's name after leading titles and honorifics, keeping at least one token. */
    private static int afterTitles(KnowledgeBase kb, List<Token> tokens, int start, int end) {
        while (start < end - 1) {
            if (HONORIFICS.contains(tokens.get(start).text())) {
                start++;
                continue;
            }
            var role = kb.roles().longest(tokens, start, end - 1);
            if (role == null) {
                break;
            }
            start = role.end();
        }
        return start;
    }
}
