package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.pipeline.Pipeline;
import org.annals.eval.Brat;
import org.annals.eval.Brat.Article;
import org.annals.eval.Brat.Relation;
import org.annals.eval.BratFormatException;
import org.annals.eval.QuoteScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval quotes}: quotes and their speakers against PolNeAR-style brat attribution relations. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Scores the quotes against attribution relations in brat standoff, laid out as PolNeAR: "
                + "DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann (the first by name).",
                "Every article is run through the whole pipeline and each quote becomes a relation: its words "
                + "(content), its speaker phrase (source) and its cue. Prints quotes-content (a match shares "
                + "at least half of the longer content), quotes-source and quotes-cue (over matched contents, "
                + "the same rule), and the same three over direct quotes alone (quotes-direct-content, ...: "
                + "content between quotation marks).",
                "With --hold-out K, the articles whose index i (from 0, in name order) has i mod K = K-1 are "
                + "scored apart (lines quotes-held-content, ...). With --predicted, another system's relations "
                + "are scored instead of annals' quotes."})
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold folder (text/ and "
            + "attributions/).")
    Path gold;

    @Mixin
    HoldOut holdOut;

    @Option(names = "--predicted", paramLabel = "DIR", description = "Score the .ann files of another system "
            + "(NAME.ann or NAME_X.ann, in DIR or DIR/attributions; an article without one has no quotes) "
            + "instead of annals' quotes.")
    Path predicted;

    @Option(names = "--show-errors", description = "Print every missed and every spurious quote, and every "
            + "wrong source of a matched one, to stderr.")
    boolean showErrors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!holdOut.valid(err, "eval quotes")) {
            return 2;
        }
        List<Article> articles;
        try {
            articles = Brat.readCorpus(gold);
        } catch (BratFormatException e) {
            err.println("annals eval quotes: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("annals eval quotes: " + e.getFile() + ": no such file or folder"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
            return 1;
        }
        Pipeline pipeline = predicted == null ? Annals.pipeline(knowledge.knowledgeBase(err)) : null;
        QuoteScorer rest = new QuoteScorer();
        QuoteScorer held = new QuoteScorer();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<Relation> found;
            try {
                found = predicted == null ? annals(pipeline, a) : other(a);
            } catch (BratFormatException e) {
                err.println("annals eval quotes: " + e.getMessage());
                return 1;
            }
            QuoteScorer scorer = holdOut.held(i) ? held : rest;
            QuoteScorer.Result r = scorer.add(a.text(), a.relations(), found);
            if (showErrors && scorer == rest) {
                showErrors(err, a, r);
            }
        }
        rest.lines("quotes").forEach(out::println);
        if (holdOut.active()) {
            held.lines("quotes-held").forEach(out::println);
        }
        out.flush();
        err.flush();
        return 0;
    }

    /**
     * annals' quotes of an article as relations. A relation is one act of attribution, so a quote interrupted
     * by its attribution ({@code “...,” she said. “...”}) is one relation of two ranges: a quote between marks
     * with no cue of its own (or the same cue), the speaker phrase of the quote between marks right before it and
     * no paragraph break between them joins that quote's relation.
     */
    static List<Relation> annals(Pipeline pipeline, Article a) {
        Analysis analysis = pipeline.analyze(new Document(a.name(), a.name() + ".txt", a.text(), null));
        List<Relation> out = new ArrayList<>();
        Quote before = null;
        for (Quote q : analysis.quotes()) {
            if (before != null && continues(a.text(), before, q)) {
                Relation r = out.remove(out.size() - 1);
                List<Span> content = new ArrayList<>(r.content());
                content.add(q.span());
                out.add(new Relation(content, r.source(), r.cue()));
            } else {
                out.add(Relation.of(q.span(), q.speakerSpan(), q.cueSpan()));
            }
            before = q;
        }
        return out;
    }

    private static boolean continues(String text, Quote before, Quote q) {
        // the second part has no cue of its own, or the same one: "“...,” Tapper said, “...”"
        boolean sameAct = q.cueSpan().isEmpty() || q.cueSpan().equals(before.cueSpan());
        return isMarked(before) && isMarked(q) && sameAct && !q.speakerSpan().isEmpty()
                && q.speakerSpan().equals(before.speakerSpan()) && before.span().end() <= q.span().start()
                && text.substring(before.span().end(), q.span().start()).indexOf('\n') < 0;
    }

    private static boolean isMarked(Quote q) {
        return q.kind() == Quote.Kind.DIRECT || q.kind() == Quote.Kind.PARTIAL;
    }

    private List<Relation> other(Article a) throws IOException, BratFormatException {
        Path ann = Brat.annotationOf(predicted, a.name());
        return ann == null ? List.of() : Brat.readAnn(ann, a.text());
    }

    /** Errors of the articles scored in the main part only: the held part stays unread. */
    private static void showErrors(PrintWriter err, Article a, QuoteScorer.Result r) {
        String t = a.text();
        for (Relation g : r.missed()) {
            err.println(a.name() + " MISSED " + show(t, g));
        }
        for (Relation p : r.spurious()) {
            err.println(a.name() + " SPURIOUS " + show(t, p));
        }
        for (Relation[] m : r.matched()) {
            if (QuoteScorer.overlap(m[0].source(), m[1].source()) < QuoteScorer.MIN_OVERLAP
                    && !(m[0].source().isEmpty() && m[1].source().isEmpty())) {
                err.println(a.name() + " SOURCE gold " + show(t, m[0]) + "\n    found " + show(t, m[1]));
            }
        }
    }

    private static String show(String text, Relation r) {
        return "[" + clip(covered(text, r.content())) + "] by [" + covered(text, r.source()) + "] cue ["
                + covered(text, r.cue()) + "]";
    }

    private static String covered(String text, List<Span> spans) {
        List<String> parts = new ArrayList<>();
        for (Span s : spans) {
            parts.add(s.covered(text));
        }
        return String.join(" … ", parts).replace('\n', ' ');
    }

    private static String clip(String s) {
        return s.length() <= 160 ? s : s.substring(0, 100) + " … " + s.substring(s.length() - 50);
    }
}
