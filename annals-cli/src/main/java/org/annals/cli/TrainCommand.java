package org.annals.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.tag.NerModel;
import org.annals.core.tag.NerTrainer;
import org.annals.core.tag.Scheme;
import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.WordClusters;
import org.annals.eval.ConllFormatException;
import org.annals.eval.ConllReader;
import org.annals.eval.GmbTags;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals train}: trains the statistical taggers. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a statistical tagger.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code annals train ner}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the named-entity tagger (averaged perceptron over hashed features) from "
                    + "CoNLL-format files and writes the model.",
                    "Files: a token a line, the word first and the tag last (O, B-TYPE, I-TYPE; IOB1 or IOB2), "
                    + "a blank line after each sentence, -DOCSTART- lines between documents. Tags of the "
                    + "Groningen Meaning Bank (geo, gpe, org, per, tim, art, eve, nat) are mapped to PER, ORG, "
                    + "LOC and MISC.",
                    "Prints the F1 on --dev after every pass. The same files and settings give the same model "
                    + "bytes."})
    static final class Ner implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--train", required = true, paramLabel = "PATH",
                description = "A CoNLL file to train on (repeatable).")
        List<Path> train;

        @Option(names = "--aux", paramLabel = "PATH", description = "A CoNLL file of another style (other "
                + "annotation conventions or text) to learn from too, its peculiarities kept apart (repeatable).")
        List<Path> aux = new ArrayList<>();

        @Option(names = "--dev", paramLabel = "PATH", description = "A CoNLL file to report F1 on after each pass.")
        Path dev;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "ner.model",
                description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--iterations", paramLabel = "N", description = "Passes over the training data "
                + "(default: 12).")
        Integer iterations;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the order of documents (default: 1).")
        Long seed;

        @Option(names = "--scheme", paramLabel = "BIO|BILOU", description = "Label scheme (default: BIO).")
        Scheme scheme;

        @Option(names = "--hash-bits", paramLabel = "N", description = "The weight table has 2^N rows "
                + "(default: 20).")
        Integer hashBits;

        @Option(names = "--prune", paramLabel = "N", description = "Drop quantised weights below N of 32767 "
                + "(default: 4).")
        Integer prune;

        @Option(names = "--runs", paramLabel = "N", description = "Train N perceptrons (seeds seed, seed+1, ...) "
                + "and average them (default: 3).")
        Integer runs;

        @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters to train with instead of "
                + "the built-in ones (a table of 'word TAB path' lines, as annals-tools' WordClusterBuild makes); "
                + "the model can then be used only with the same table.")
        Path clusters;

        @Option(names = "--without", paramLabel = "GROUP", description = "Leave out a feature group: "
                + "${COMPLETION-CANDIDATES} (repeatable).")
        List<NerModel.Feature> without = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintWriter log = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            KnowledgeBase kb = KnowledgeBase.builtin();
            List<TaggedDocument> trainDocs = new ArrayList<>();
            List<TaggedDocument> devDocs = new ArrayList<>();
            List<List<TaggedDocument>> auxDocs = new ArrayList<>();
            try {
                for (Path p : train) {
                    trainDocs.addAll(GmbTags.toConll(ConllReader.read(p), kb));
                }
                for (Path p : aux) {
                    auxDocs.add(GmbTags.toConll(ConllReader.read(p), kb));
                }
                if (dev != null) {
                    devDocs.addAll(GmbTags.toConll(ConllReader.read(dev), kb));
                }
            } catch (ConllFormatException e) {
                err.println("annals train ner: " + e.getMessage());
                return 1;
            } catch (java.nio.file.NoSuchFileException e) {
                err.println("annals train ner: " + e.getFile() + ": no such file");
                return 1;
            }
            NerTrainer.Settings s = NerTrainer.Settings.defaults();
            if (iterations != null) {
                s = s.withIterations(iterations);
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (scheme != null) {
                s = s.withScheme(scheme);
            }
            if (hashBits != null) {
                s = s.withHashBits(hashBits);
            }
            if (prune != null) {
                s = s.withPrune(prune);
            }
            if (runs != null) {
                s = s.withRuns(runs);
            }
            if (!without.isEmpty()) {
                Set<NerModel.Feature> f = EnumSet.allOf(NerModel.Feature.class);
                without.forEach(f::remove);
                s = s.withFeatures(f);
            }
            long t0 = System.nanoTime();
            WordClusters wc = null;
            if (clusters != null) {
                try (var in = Files.newInputStream(clusters)) {
                    wc = WordClusters.read(in);
                } catch (java.nio.file.NoSuchFileException e) {
                    err.println("annals train ner: " + e.getFile() + ": no such file");
                    return 1;
                } catch (IOException e) {
                    err.println("annals train ner: " + clusters + ": " + e.getMessage());
                    return 1;
                }
            }
            NerModel model = new NerTrainer(kb, wc, line -> {
                log.println(line);
                log.flush();
            }).train(trainDocs, auxDocs, devDocs, s);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            log.printf(Locale.ROOT, "wrote %s: %,d bytes, %,d rows; %.0f s%n", out, Files.size(out),
                    model.rows(), (System.nanoTime() - t0) / 1e9);
            log.flush();
            return 0;
        }
    }
}
