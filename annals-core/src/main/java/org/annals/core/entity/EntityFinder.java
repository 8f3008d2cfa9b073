package org.annals.core.entity;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Analysis;
import org.annals.core.pipeline.Stage;
import org.annals.core.tag.NerModel;
import org.annals.core.tag.NerTagger;

/**
 * Finds the actors of a document and codes them. Names come from the knowledge base (countries, places,
 * organisations, people, seats of power) and from the shape of the text: a capitalised sequence that
 * starts with a given name, that follows a title ({@code Representative of Chile to the United Nations Ines
 * Sotomarin}), or that ends in an organisation's head word ({@code ... Ministry}). Titles, appositions
 * ({@code X, an opponent of the Kenyan president}) and the delegation a sentence speaks of ({@code the Kenyan
 * side}) give unknown people a country and a role. Surnames, descriptions ({@code the Turkish president})
 * and pronouns where clear resolve to the same actor. Each actor is coded for the document's date.
 *
 * <p>The work is done in three parts over a shared {@link Context}: {@link NameFinder}, {@link Descriptions},
 * {@link Resolver}.
 */
public final class EntityFinder implements Stage {

    private final KnowledgeBase kb;
    private final NameWords words;
    private final Titles titles;
    /** The tagger keeps working buffers: one per thread; the model and the knowledge base are shared. */
    private final ThreadLocal<NerTagger> tagger;

    /** The entity stage with the built-in tagger model. */
    public EntityFinder(KnowledgeBase kb) {
        this(kb, NerModel.builtin());
    }

    /** The entity stage with a tagger model of one's own, or none ({@code null}: names from rules alone). */
    public EntityFinder(KnowledgeBase kb, NerModel model) {
        this.kb = kb;
        this.words = NameWords.BUILTIN;
        this.titles = new Titles(kb, words);
        this.tagger = model == null ? null : ThreadLocal.withInitial(() -> new NerTagger(model, kb));
    }

    @Override
    public Analysis apply(Analysis a) {
        Context ctx = new Context(a, tagger == null ? null : tagger.get());
        NameFinder names = new NameFinder(kb, words, titles, ctx);
        for (int s = 0; s < a.sentences().size(); s++) {
            names.scanNames(s);
        }
        names.scanSurnames();
        Descriptions descriptions = new Descriptions(kb, words, ctx);
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanGroups(s);
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanRolesOfCountries(s);
        }
        descriptions.scanCoordinatedRoles();
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanDescriptions(s);
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanBareRoles(s);
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanNationalities(s);
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            descriptions.scanEpithets(s);
        }
        ctx.drafts.sort(java.util.Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
        Resolver resolver = new Resolver(kb, words, titles, ctx);
        resolver.resolve();
        return resolver.build();
    }
}
