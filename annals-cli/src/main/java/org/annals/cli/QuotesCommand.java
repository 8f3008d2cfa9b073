package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.annals.core.Annals;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Quote;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals quotes}: who said what, as a readable list. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Analyses articles (any input analyze reads) and lists their quotes, one a line: the "
                + "publication date, the speaker (the actor's name and code, else the speaker's words in the "
                + "text), the kind (direct, partial, indirect, turn; embedded for a quote in a pasted post) "
                + "and the words, clipped.",
                "A file that cannot be read is named on stderr with the reason; the others are listed, and "
                + "the exit code is 1."})
final class QuotesCommand implements Callable<Integer> {

    /** Quoted words longer than this are clipped in the middle. */
    static final int WORDS_WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, archives, WARC files, feeds, "
            + "JSON lines, HTML pages, or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only the quotes whose speaker's name "
            + "contains NAME, in any case (the actor's name, or the speaker's words when no actor was found).")
    String speaker;

    @Mixin
    InputOptions input;

    private int listed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Batch batch = new Batch(Annals.pipeline(knowledge.knowledgeBase(err)), err);
        int failed = batch.run(inputs, input, false, a -> print(out, a));
        out.printf("%d quotes in %d documents.%n", listed, batch.analysed());
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private void print(PrintWriter out, Analysis a) {
        List<String> lines = new ArrayList<>();
        String date = a.publication().known() ? a.publication().date().toString() : "(no date)";
        for (Quote q : a.quotes()) {
            String who = speaker(a, q);
            if (speaker != null && !who.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT))) {
                continue;
            }
            lines.add(String.format("  %-10s  %s  %s%s  \u201C%s\u201D", date, who, q.kind().label(),
                    q.embedded() ? ", embedded" : "", clip(q.text().replaceAll("\\s+", " "), WORDS_WIDTH)));
        }
        if (!lines.isEmpty()) {
            out.println(a.document().source());
            lines.forEach(out::println);
            listed += lines.size();
        }
    }

    /** {@code Joko Widodo [IDNGOV]}, {@code "the ministry" (no actor)}, or {@code (unknown speaker)}. */
    static String speaker(Analysis a, Quote q) {
        Actor actor = q.speaker() == null ? null : a.actor(q.speaker());
        if (actor != null) {
            return actor.code() == null ? actor.name() : actor.name() + " [" + actor.code() + "]";
        }
        if (!q.speakerSpan().isEmpty()) {
            return "\u201C" + a.covered(q.speakerSpan()).replaceAll("\\s+", " ") + "\u201D (no actor)";
        }
        return "(unknown speaker)";
    }

    /** The text, cut in the middle with "…" when longer than {@code max}. */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int head = max * 2 / 3;
        int tail = max - head - 3;
        return s.substring(0, head).stripTrailing() + " \u2026 " + s.substring(s.length() - tail).stripLeading();
    }
}
