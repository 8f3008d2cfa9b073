package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Event;
import org.annals.core.pipeline.Pipeline;
import org.annals.eval.EventScorer;
import org.annals.eval.PloverGsr;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval events}: PLOVER coding of gold sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Codes the sentences of PLOVER gold-standard records (JSON) and scores the events.",
                "Prints events-category (the record's category among the sentence's events), events-dyad "
                + "(category, source countries and target countries; reciprocal records in any order) and "
                + "events-counts (dead and injured). PLOVER 0.5b1 categories are mapped to the current 16; the "
                + "events the current manual moved to another category (an intention to yield, an apology, an "
                + "embargo: CAMEO 035, 055, 163) are scored where 0.5b1 put them, and the category line ends "
                + "with the recall as the current manual files them (current-R).",
                "With --hold-out K, the records sorted by id whose index i (from 0) has i mod K = K-1 are "
                + "scored apart (lines events-held-...)."})
final class EvalEvents implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The PLOVER records (JSON).")
    Path gold;

    @Mixin
    HoldOut holdOut;

    @Option(names = "--show-errors", description = "Print every record whose category or dyad was missed, "
            + "of the part not held aside (all records without --hold-out).")
    boolean showErrors;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!holdOut.valid(err, "eval events")) {
            return 2;
        }
        List<PloverGsr.Record> records;
        try (Reader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            records = new ArrayList<>(PloverGsr.read(in, gold.toString()));
        }
        records.sort(Comparator.comparing(PloverGsr.Record::id));
        Pipeline pipeline = knowledge.pipeline(err);
        EventScorer rest = new EventScorer();
        EventScorer held = new EventScorer();
        // the same, with every event in the category the current manual gives it
        EventScorer restCurrent = new EventScorer();
        EventScorer heldCurrent = new EventScorer();
        for (int i = 0; i < records.size(); i++) {
            PloverGsr.Record r = records.get(i);
            Analysis a = pipeline.analyze(Document.of(r.id(), r.text()));
            List<EventScorer.Coded> coded = new ArrayList<>();
            List<EventScorer.Coded> current = new ArrayList<>();
            for (Event e : a.events()) {
                coded.add(new EventScorer.Coded(PloverGsr.as05b1(e.type(), e.cameo()), countries(a, e.source()),
                        countries(a, e.target())));
                current.add(new EventScorer.Coded(e.type(), countries(a, e.source()), countries(a, e.target())));
            }
            List<EventScorer.Counted> counts = a.counts().stream()
                    .map(c -> new EventScorer.Counted(c.kind(), c.value())).toList();
            boolean isHeld = holdOut.held(i);
            (isHeld ? held : rest).add(r, coded, counts);
            (isHeld ? heldCurrent : restCurrent).add(r, current, counts);
            if (showErrors && !isHeld) {
                EventScorer one = new EventScorer();
                one.add(r, coded, counts);
                if (one.dyad().correct() == 0) {
                    err.printf("%s %s %s>%s%s | %s | coded %s%n", r.id(), r.category(), r.source(), r.target(),
                            r.reciprocal() ? " (reciprocal)" : "", r.text(), coded);
                }
            }
        }
        print(out, "events", rest, restCurrent);
        if (holdOut.active()) {
            print(out, "events-held", held, heldCurrent);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void print(PrintWriter out, String prefix, EventScorer s, EventScorer current) {
        out.println(s.category().line(prefix + "-category")
                + String.format(java.util.Locale.ROOT, " current-R=%.3f", current.category().recall()));
        out.println(s.dyad().line(prefix + "-dyad"));
        out.println(s.counts().line(prefix + "-counts"));
    }

    /** The country parts of the actors' codes ({@code RUSGOV} gives RUS, {@code IGOUNO} gives IGO). */
    private static Set<String> countries(Analysis a, List<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) {
            Actor ac = a.actor(id);
            if (ac != null && ac.code() != null && ac.code().length() >= 3) {
                out.add(ac.code().substring(0, 3));
            }
        }
        return out;
    }
}
