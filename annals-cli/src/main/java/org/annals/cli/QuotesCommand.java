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
import org.annals.store.Filter;
import org.annals.store.QuoteRow;
import org.annals.store.Store;
import org.annals.store.StoreException;

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

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, folders, archives, WARC files, feeds, "
            + "JSON lines, HTML pages, or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "List the quotes of this store instead of "
            + "analysing files (a SQLite file, or postgresql://HOST:PORT/DB?user=NAME).")
    String db;

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
        if ((inputs == null || inputs.isEmpty()) == (db == null)) {
            err.println("annals quotes: name files or folders, or a store with --db (one of the two)");
            return 2;
        }
        if (db != null) {
            return fromStore(out, err);
        }
        Batch batch = new Batch(Annals.pipeline(knowledge.knowledgeBase(err)), err);
        int failed = batch.run(inputs, input, false, a -> print(out, a));
        out.printf("%d quotes in %d documents.%n", listed, batch.analysed());
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** The stored quotes, a document at a time, in the same lines as for files (the store keeps no source names). */
    private int fromStore(PrintWriter out, PrintWriter err) {
        try (Store store = Store.open(db)) {
            List<QuoteRow> rows = store.quotes(speaker == null ? Filter.ALL : Filter.ALL.withActor(speaker));
            String doc = null;
            long docs = 0;
            for (QuoteRow q : rows) {
                if (!q.documentId().equals(doc)) {
                    doc = q.documentId();
                    docs++;
                    out.println(doc);
                }
                String who = q.speaker() == null ? "(unknown speaker)" : q.speaker().code() == null
                        ? q.speaker().name() : q.speaker().name() + " [" + q.speaker().code() + "]";
                out.println(line(q.published() == null ? "(no date)" : q.published(), who, q.kind(), q.text()));
            }
            out.printf("%d quotes in %d documents.%n", rows.size(), docs);
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            return 1;
        }
    }

    private static String line(String date, String who, String kind, String words) {
        return String.format("  %-10s  %s  %s  \u201C%s\u201D", date, who, kind,
                clip(words.replaceAll("\\s+", " "), WORDS_WIDTH));
    }

    private void print(PrintWriter out, Analysis a) {
        List<String> lines = new ArrayList<>();
        String date = a.publication().known() ? a.publication().date().toString() : "(no date)";
        for (Quote q : a.quotes()) {
            String who = speaker(a, q);
            if (speaker != null && !who.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT))) {
                continue;
            }
            lines.add(line(date, who, q.kind().label() + (q.embedded() ? ", embedded" : ""), q.text()));
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
