package org.annals.core.entity;

import java.util.List;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.EntityType;
import org.annals.core.model.MentionKind;

/** A mention while it is being found and resolved: token range, what it may be, what its context says. */
final class Draft {
    final int start;
    final int end;
    final int sentence;
    EntityType type;
    final MentionKind kind;
    /** knowledge-base candidates, best first; empty for unknown names, nominals and pronouns */
    List<KnowledgeBase.Candidate> candidates = List.of();
    /** the chosen entry, once resolved */
    Entry entry;
    /** what a title, an appositive or a nominal says about the person */
    Title title;
    /** the name as normalised words joined by spaces */
    String name;
    /** for an apposition ("X, an opponent of Y"): the token where Y starts, else -1 */
    int appositionEnd = -1;
    /** a group named by nationality and role ("Israeli soldiers"), not one person */
    boolean group;
    /**
     * a state body or group named by its role alone ("the government", "police", "troops"): the article's own
     * country's, and of no country in an article that has none
     */
    boolean bare;
    /** the type the tagger gave the name, or null when the tagger did not find it */
    EntityType tagged;
    /** the actor this mention resolves to */
    String actorKey;

    Draft(int start, int end, int sentence, EntityType type, MentionKind kind) {
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.type = type;
        this.kind = kind;
    }

    boolean surnameOnly() {
        return !candidates.isEmpty() && candidates.get(0).partial();
    }
}
