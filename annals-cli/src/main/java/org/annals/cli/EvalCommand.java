package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annals.core.Annals;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Metadata;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.tag.NerModel;
import org.annals.core.tag.NerTagger;
import org.annals.core.tag.NerTagger.Entity;
import org.annals.core.tag.NerTrainer;
import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.TaggedSentence;
import org.annals.eval.Chunks;
import org.annals.eval.ConllFormatException;
import org.annals.eval.ConllReader;
import org.annals.eval.NerScorer;
import org.annals.eval.TimeMl;
import org.annals.eval.TimexScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval}: scores annals against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores annals against gold data.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Timex.class, EvalEvents.class, EvalQuotesCommand.class,
                EvalPetrarch.class, EvalStories.class, EvalExtraction.class})
final class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code annals eval ner}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Scores the names of people, organisations and places against CoNLL-format gold "
                    + "(exact span and type, micro P/R/F1; MISC left out on both sides).",
                    "Each gold document is rebuilt as text (tokens one space apart, a sentence a line) and run "
                    + "through the whole pipeline; the mentions of kind name, mapped to gold tokens, are scored. "
                    + "Prints the lines ner, ner-PER, ner-ORG, ner-LOC.",
                    "With --hold-out K, the documents whose index i (from 0) has i mod K = K-1 are scored apart "
                    + "(lines ner-held, ...). With --tagger-only, the bare tagger on the gold tokens (lines "
                    + "tagger, ...)."})
    static final class Ner implements Callable<Integer> {

        private static final List<String> TYPES = List.of(NerTagger.PER, NerTagger.ORG, NerTagger.LOC);

        @Spec
        CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The CoNLL gold file.")
        Path gold;

        @Mixin
        HoldOut holdOut;

        @Option(names = "--tagger-only", description = "Score the tagger alone on the gold tokens.")
        boolean taggerOnly;

        @Option(names = "--model", paramLabel = "FILE", description = "With --tagger-only: a model file to score "
                + "instead of the built-in one.")
        Path model;

        @Option(names = "--show-errors", description = "Print every missed and every wrong name to stderr, with "
                + "its sentence (not those of the held-aside part).")
        boolean showErrors;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!holdOut.valid(err, "eval ner")) {
                return 2;
            }
            if (model != null && !taggerOnly) {
                err.println("annals eval ner: --model goes with --tagger-only (the pipeline uses its own model)");
                return 2;
            }
            List<TaggedDocument> docs;
            NerModel nerModel;
            try {
                docs = ConllReader.read(gold);
                nerModel = model == null ? null : readModel(model);
            } catch (ConllFormatException e) {
                err.println("annals eval ner: " + e.getMessage());
                return 1;
            } catch (NoSuchFileException e) {
                err.println("annals eval ner: " + e.getFile() + ": no such file");
                return 1;
            }
            NerScorer rest = new NerScorer(Set.copyOf(TYPES));
            NerScorer held = new NerScorer(Set.copyOf(TYPES));
            Pipeline pipeline = taggerOnly ? null : Annals.pipeline();
            NerTagger tagger = !taggerOnly ? null
                    : new NerTagger(nerModel == null ? NerModel.builtin() : nerModel, KnowledgeBase.builtin());
            for (int i = 0; i < docs.size(); i++) {
                TaggedDocument doc = docs.get(i);
                NerScorer scorer = holdOut.held(i) ? held : rest;
                List<Entity> expected = goldEntities(doc);
                List<Entity> found = taggerOnly ? tagged(tagger, doc) : analysed(pipeline, doc, scorer);
                scorer.add(expected, found);
                if (showErrors && !holdOut.held(i)) {
                    showErrors(err, doc, expected, found);
                }
            }
            String prefix = taggerOnly ? "tagger" : "ner";
            print(out, prefix, rest);
            if (holdOut.active()) {
                print(out, prefix + "-held", held);
            }
            out.flush();
            return 0;
        }

        private static void showErrors(PrintWriter err, TaggedDocument doc, List<Entity> expected,
                                       List<Entity> found) {
            List<String> words = new ArrayList<>();
            doc.sentences().forEach(s -> words.addAll(s.words()));
            for (Entity e : expected) {
                if (TYPES.contains(e.type()) && !found.contains(e)) {
                    err.println(doc.id() + " missed " + describe(words, e, found));
                }
            }
            for (Entity e : found) {
                if (TYPES.contains(e.type()) && !expected.contains(e)) {
                    err.println(doc.id() + " wrong  " + describe(words, e, expected));
                }
            }
        }

        private static String describe(List<String> words, Entity e, List<Entity> other) {
            StringBuilder b = new StringBuilder(e.type()).append(" [");
            b.append(String.join(" ", words.subList(e.start(), e.end()))).append("]");
            for (Entity o : other) {
                if (o.start() < e.end() && e.start() < o.end()) {
                    b.append(" vs ").append(o.type()).append(" [")
                            .append(String.join(" ", words.subList(o.start(), o.end()))).append("]");
                }
            }
            b.append("  | ").append(String.join(" ", words.subList(Math.max(0, e.start() - 6),
                    Math.min(words.size(), e.end() + 6))));
            return b.toString();
        }

        private static NerModel readModel(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return NerModel.read(in);
            }
        }

        private static void print(PrintWriter out, String prefix, NerScorer s) {
            out.println(s.total().line(prefix));
            for (String t : TYPES) {
                out.println(s.of(t).line(prefix + "-" + t));
            }
        }

        /** The gold entities of a document, over the document's token indices. */
        static List<Entity> goldEntities(TaggedDocument doc) {
            List<Entity> out = new ArrayList<>();
            int offset = 0;
            for (TaggedSentence s : doc.sentences()) {
                out.addAll(Chunks.of(s.tags(), offset));
                offset += s.size();
            }
            return out;
        }

        private static List<Entity> tagged(NerTagger tagger, TaggedDocument doc) {
            List<String> words = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            for (TaggedSentence s : doc.sentences()) {
                ranges.add(new int[] {words.size(), words.size() + s.size()});
                words.addAll(s.words());
            }
            List<Token> tokens = NerTrainer.tokens(words);
            List<Sentence> sentences = new ArrayList<>();
            for (int k = 0; k < ranges.size(); k++) {
                int[] r = ranges.get(k);
                sentences.add(new Sentence(new Span(tokens.get(r[0]).start(), tokens.get(r[1] - 1).end()), r[0],
                        r[1], k));
            }
            return tagger.tagDocument(tokens, sentences);
        }

        /**
         * The pipeline's names in a document rebuilt as text, over the document's token indices; a name whose
         * edges fall inside a gold token cannot be right and is counted as such.
         */
        private static List<Entity> analysed(Pipeline pipeline, TaggedDocument doc, NerScorer scorer) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (TaggedSentence s : doc.sentences()) {
                for (int k = 0; k < s.size(); k++) {
                    if (k > 0) {
                        text.append(' ');
                    }
                    int start = text.length();
                    text.append(s.words().get(k));
                    spans.add(new int[] {start, text.length()});
                }
                text.append('\n');
            }
            int[] startsAt = new int[text.length() + 1];
            int[] endsAt = new int[text.length() + 1];
            Arrays.fill(startsAt, -1);
            Arrays.fill(endsAt, -1);
            for (int t = 0; t < spans.size(); t++) {
                startsAt[spans.get(t)[0]] = t;
                endsAt[spans.get(t)[1]] = t;
            }
            Analysis a = pipeline.analyze(Document.of(doc.id(), text.toString()));
            List<Entity> out = new ArrayList<>();
            for (Mention m : a.mentions()) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                String type = m.type() == EntityType.PERSON ? NerTagger.PER
                        : m.type() == EntityType.ORGANIZATION ? NerTagger.ORG : NerTagger.LOC;
                int first = startsAt[m.span().start()];
                int last = endsAt[m.span().end()];
                if (first < 0 || last < first) {
                    scorer.addUnaligned(type);
                } else {
                    out.add(new Entity(first, last + 1, type));
                }
            }
            return out;
        }
    }

    /** {@code annals eval timex}. */
    @Command(name = "timex", mixinStandardHelpOptions = true,
            description = {"Scores the temporal expressions against TimeML gold (.tml files, TempEval-3 Task A "
                    + "style): extents strict and relaxed, value and type over relaxed matches.",
                    "Each file's <TEXT>, tags stripped, is run through the whole pipeline with the document "
                    + "creation time (<DCT>) as the publication date; the title is left out. Extents are compared "
                    + "at token level (see TimexScorer). Prints the lines timex-strict, timex-relaxed, "
                    + "timex-value, timex-type; n counts the gold expressions, the DCT not among them.",
                    "Files are taken in the order of their path under DIR. With --hold-out K, the files whose "
                    + "index i (from 0) has i mod K = K-1 are scored apart (lines timex-held-strict, ...)."})
    static final class Timex implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder of .tml files "
                + "(read recursively), or one .tml file.")
        Path gold;

        @Mixin
        HoldOut holdOut;

        @Option(names = "--show-errors", description = "Print every missed, spurious, mis-cut or mis-valued "
                + "expression to stderr, with its context; never for the held documents.")
        boolean showErrors;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!holdOut.valid(err, "eval timex")) {
                return 2;
            }
            List<TimeMl.Document> docs;
            try {
                docs = Files.isDirectory(gold) ? TimeMl.readAll(gold) : List.of(TimeMl.read(gold));
            } catch (NoSuchFileException e) {
                err.println("annals eval timex: " + e.getFile() + ": no such file or folder");
                return 1;
            } catch (TimeMl.FormatException e) {
                err.println("annals eval timex: " + e.getMessage());
                return 1;
            }
            if (docs.isEmpty()) {
                err.println("annals eval timex: " + gold + ": no .tml files");
                return 1;
            }
            TimexScorer rest = new TimexScorer();
            TimexScorer held = new TimexScorer();
            Pipeline pipeline = Annals.pipeline();
            for (int i = 0; i < docs.size(); i++) {
                TimeMl.Document doc = docs.get(i);
                boolean isHeld = holdOut.held(i);
                List<TimexScorer.Extent> expected = new ArrayList<>();
                for (TimeMl.Timex3 t : doc.timexes()) {
                    expected.add(new TimexScorer.Extent(t.start(), t.end(), t.type(), t.value()));
                }
                List<TimexScorer.Pair> pairs = (isHeld ? held : rest).add(doc.text(), expected, found(pipeline, doc));
                if (showErrors && !isHeld) {
                    showErrors(err, doc, pairs);
                }
            }
            rest.lines("timex").forEach(out::println);
            if (holdOut.active()) {
                held.lines("timex-held").forEach(out::println);
            }
            out.flush();
            err.flush();
            return 0;
        }

        /** What the pipeline finds in a document's text, published on its creation day. */
        static List<TimexScorer.Extent> found(Pipeline pipeline, TimeMl.Document doc) {
            Document d = new Document(doc.name(), doc.name(), doc.text(), Metadata.of(doc.dct(), doc.name()));
            List<TimexScorer.Extent> out = new ArrayList<>();
            for (org.annals.core.model.Timex t : pipeline.analyze(d).times()) {
                out.add(new TimexScorer.Extent(t.span().start(), t.span().end(), t.type().name(), t.value()));
            }
            return out;
        }

        private static void showErrors(PrintWriter err, TimeMl.Document doc, List<TimexScorer.Pair> pairs) {
            for (TimexScorer.Pair p : pairs) {
                String what;
                if (p.found() == null) {
                    what = "missed  " + describe(doc, p.gold());
                } else if (p.gold() == null) {
                    what = "spurious " + describe(doc, p.found());
                } else if (!p.strict() || !p.gold().value().equals(p.found().value())
                        || !p.gold().type().equals(p.found().type())) {
                    what = (p.strict() ? "value   " : "extent  ") + describe(doc, p.gold()) + " found "
                            + describe(doc, p.found());
                } else {
                    continue;
                }
                TimexScorer.Extent at = p.gold() != null ? p.gold() : p.found();
                String context = doc.text().substring(Math.max(0, at.start() - 60), Math.min(doc.text().length(),
                        at.end() + 60)).replaceAll("\\s+", " ");
                err.println(doc.name() + " (DCT " + doc.dct() + ") " + what + "  | " + context);
            }
        }

        private static String describe(TimeMl.Document doc, TimexScorer.Extent e) {
            return "[" + doc.text().substring(e.start(), e.end()) + "] " + e.type() + " " + e.value();
        }
    }
}
