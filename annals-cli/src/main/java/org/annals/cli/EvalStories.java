package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.eval.ClusterScorer;
import org.annals.eval.EcbPlus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval stories}: story clustering against ECB+ topics and sub-topics. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Groups the articles of an ECB+ folder into stories and scores them against the gold "
                + "stories (topic and sub-topic).",
                "Prints stories-b3 (B-cubed P/R/F1 over articles) and stories-topic-purity (the share of "
                + "articles whose story's majority topic is their own), and the number of stories found.",
                "With --hold-out K, the topics sorted by number whose index i (from 0) has i mod K = K-1 are "
                + "clustered and scored apart (lines stories-held-...): a story never spans the two parts."})
final class EvalStories implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "An ECB+ folder: gold_story_clusters.tsv and one folder of CAT XML files per topic.")
    Path gold;

    @Mixin
    HoldOut holdOut;

    @Option(names = "--show-stories", description = "Print each story found with its articles' gold stories.")
    boolean show;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!holdOut.valid(err, "eval stories")) {
            return 2;
        }
        List<EcbPlus.Doc> docs;
        try {
            docs = EcbPlus.read(gold);
        } catch (IOException e) {
            err.println("annals eval stories: " + e.getMessage());
            return 2;
        }
        List<String> topics = new ArrayList<>(new TreeSet<>(docs.stream().map(EcbPlus.Doc::topic).toList()));
        Pipeline pipeline = knowledge.pipeline(err);
        List<EcbPlus.Doc> rest = new ArrayList<>();
        List<EcbPlus.Doc> held = new ArrayList<>();
        for (EcbPlus.Doc d : docs) {
            (holdOut.held(topics.indexOf(d.topic())) ? held : rest).add(d);
        }
        score(out, "stories", rest, pipeline);
        if (holdOut.active()) {
            score(out, "stories-held", held, pipeline);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private void score(PrintWriter out, String prefix, List<EcbPlus.Doc> docs, Pipeline pipeline) {
        List<Analysis> analyses = new ArrayList<>(docs.size());
        for (EcbPlus.Doc d : docs) {
            analyses.add(pipeline.analyze(Document.of(d.name(), d.text())));
        }
        List<Analysis> grouped = Stories.group(analyses);
        List<String> predicted = grouped.stream().map(Analysis::story).toList();
        List<String> gold = docs.stream().map(EcbPlus.Doc::story).toList();
        List<String> topics = docs.stream().map(EcbPlus.Doc::topic).toList();
        long stories = predicted.stream().distinct().count();
        long goldStories = gold.stream().distinct().count();
        out.println(ClusterScorer.bcubed(predicted, gold).line(prefix + "-b3")
                + String.format(Locale.ROOT, " stories=%d gold=%d", stories, goldStories));
        out.println(String.format(Locale.ROOT, "%s-topic-purity: %.3f (n=%d)", prefix,
                ClusterScorer.purity(predicted, topics), docs.size()));
        if (show) {
            for (String s : predicted.stream().distinct().toList()) {
                List<String> members = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (predicted.get(i).equals(s)) {
                        members.add(docs.get(i).name() + "=" + gold.get(i));
                    }
                }
                out.println(prefix + " " + s + ": " + String.join(" ", members));
            }
        }
    }
}
