package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.annals.core.Annals;
import org.annals.core.event.PatternDictionary;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.PetrarchDictionaries;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Event;
import org.annals.core.model.Metadata;
import org.annals.core.model.Sentence;
import org.annals.core.pipeline.Pipeline;
import org.annals.eval.PetrarchRecords;
import org.annals.eval.PetrarchScorer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval petrarch}: PETRARCH's unit-test records coded by annals with their own dictionaries. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = {"Codes the sentences of PETRARCH unit-test records (PETR.UnitTest.records.xml) with annals, "
                + "using the records' own dictionaries, and counts the records whose events are exactly the "
                + "expected ones (source code, target code, CAMEO code).",
                "The dictionaries of --dict: verb files make the only event patterns (their CAMEO codes kept as "
                + "they are, TABARI's paired codes [A:B] giving the event the other way round too); actor and agent "
                + "files go on top of the built-in knowledge base; issue files are noted and not read. "
                + "Each record is published on its date, so that date-bounded actor codes hold. As PETRARCH does "
                + "by default, an event is coded for each pair of a source and a target that both have a code (a "
                + "reciprocal event, several actors and no target, for each ordered pair of its actors). Discard "
                + "lists void the sentences they match.",
                "Prints petrarch: passed N/M, then a line per record category."})
final class EvalPetrarch implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--records", required = true, paramLabel = "FILE", description = "The records (XML).")
    Path records;

    @Option(names = "--dict", required = true, paramLabel = "PATH",
            description = "The records' dictionaries: files, or a folder, of which the files the records' "
                    + "<Environment> names are read when it holds them (repeatable).")
    List<Path> dicts = new ArrayList<>();

    @Option(names = "--show-errors", description = "Print every record that did not pass, with what was coded, the patterns that matched and the codes of its mentions.")
    boolean showErrors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PetrarchRecords.Record> recs;
        List<String> named;
        try (InputStream in = Files.newInputStream(records)) {
            PetrarchRecords.Validation v = PetrarchRecords.readValidation(in, records.toString());
            recs = v.records();
            named = v.dictionaries();
        } catch (NoSuchFileException e) {
            err.println("annals eval petrarch: " + e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("annals eval petrarch: " + e.getMessage());
            return 1;
        }
        PatternDictionary.Builder verbs = PatternDictionary.builder();
        KnowledgeBase.Builder kb = KnowledgeBase.builder().addBuiltin();
        int verbFiles = 0;
        for (Path p : dicts) {
            for (Path f : dictionaryFiles(p, named, err)) {
                String text = KnowledgeOptions.read(f, err);
                if (text == null) {
                    continue;
                }
                if (KnowledgeOptions.isEventDictionary(f, text)) {
                    String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (file.endsWith(".tsv") || file.contains("discard")) {
                        KnowledgeOptions.addEvents(verbs, f, text);
                    } else {
                        verbFiles++;
                        verbs.addPetrarchVerbs(f.toString(), new StringReader(text), true);
                    }
                } else if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
                    kb.add(f.toString(), new StringReader(text));
                } else {
                    PetrarchDictionaries.Dictionary d = PetrarchDictionaries.read(f.toString(), new StringReader(text));
                    String countries = fictionalCountries(d);
                    if (!countries.isEmpty()) {
                        kb.add(f.getFileName() + "-countries.tsv", new StringReader(countries));
                    }
                    kb.addPetrarch(d);
                }
            }
        }
        if (verbFiles == 0) {
            err.println("annals eval petrarch: no verb dictionary among --dict " + dicts);
            return 1;
        }
        PatternDictionary patterns = verbs.build();
        KnowledgeBase knowledge = kb.build();
        knowledge.notes().forEach(n -> err.println("annals: " + n));
        knowledge.problems().forEach(n -> err.println("annals: " + n));
        patterns.notes().forEach(n -> err.println("annals: " + n));
        patterns.problems().forEach(n -> err.println("annals: " + n));
        Pipeline pipeline = Annals.pipeline(knowledge, patterns);
        PetrarchScorer scorer = new PetrarchScorer();
        for (PetrarchRecords.Record r : recs) {
            Document d = new Document(r.id(), r.id(), r.text(), Metadata.of(r.date(), r.id()));
            Analysis a = pipeline.analyze(d);
            Set<PetrarchRecords.Coding> coded = codings(a, patterns);
            if (!scorer.add(r, coded) && showErrors) {
                List<String> found = new ArrayList<>();
                for (Sentence s : a.sentences()) {
                    for (PatternDictionary.Match m : patterns.matches(a.tokens(), s.firstToken(), s.endToken())) {
                        found.add(m.cameo() + (m.reverseCameo() == null ? "" : ":" + m.reverseCameo()) + " "
                                + m.pattern() + " (" + m.line().replaceAll(".*/", "") + ")");
                    }
                }
                err.println(r.id() + " " + r.category() + " | " + r.text() + " | expected " + r.expected()
                        + (r.error() != null ? " (error " + r.error() + ")" : "") + " | coded " + coded
                        + " | patterns " + found + " | actors " + actors(a));
            }
        }
        scorer.lines().forEach(out::println);
        out.flush();
        err.flush();
        return 0;
    }

    /**
     * The files of a {@code --dict} path: a file itself; of a folder, the files the records' {@code
     * <Environment>} names when the folder holds them (their own dictionaries, not the others that may lie
     * next to them), else all its files.
     */
    static List<Path> dictionaryFiles(Path p, List<String> named, PrintWriter err) {
        if (Files.isDirectory(p) && !named.isEmpty()) {
            List<Path> own = new ArrayList<>();
            for (String n : named) {
                Path f = p.resolve(n);
                if (Files.isRegularFile(f)) {
                    own.add(f);
                }
            }
            if (!own.isEmpty()) {
                return own;
            }
        }
        return KnowledgeOptions.files(p, err);
    }

    /** Sector and organisation codes of CAMEO and PETRARCH: three letters that are not a country. */
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "CVL",
            "MED", "EDU", "REL", "LAB", "REF", "AGR", "ELI", "SPY", "UAF", "UNK", "IGO", "NGO", "IMG", "MNC", "NGM",
            "SEP", "INS", "CRM", "HLH", "ENV", "PTY", "JRN", "PRE", "SOC", "MOD", "RAD", "IMF");

    /**
     * A countries table ({@code iso3}, {@code name}) for the three-letter codes of an actor dictionary that are
     * no country of annals ({@code ARNOR_ [ARN]}, {@code FRODO [HOB]}, {@code EGYPT [UAR]}): the validation
     * records code their fictional and historical actors so, as countries, and annals reads a code it does not
     * know as a region, which cannot act. Empty for other dictionaries.
     */
    static String fictionalCountries(PetrarchDictionaries.Dictionary d) {
        if (d.kind() != PetrarchDictionaries.Kind.ACTORS) {
            return "";
        }
        KnowledgeBase builtin = KnowledgeBase.builtin();
        StringBuilder out = new StringBuilder("iso3\tname\n");
        Set<String> seen = new LinkedHashSet<>();
        for (PetrarchDictionaries.Actor a : d.actors()) {
            for (PetrarchDictionaries.Code c : a.codes()) {
                String code = c.code();
                if (code.length() == 3 && code.chars().allMatch(Character::isLetter) && !SECTORS.contains(code)
                        && builtin.country(code) == null && seen.add(code)) {
                    out.append(code).append('\t').append(PetrarchDictionaries.titleCase(a.phrase())).append('\n');
                }
            }
        }
        return seen.isEmpty() ? "" : out.toString();
    }

    /**
     * The events of an analysis as PETRARCH codes them: one per pair of a coded source and a coded target, and
     * for a pattern with a paired code ({@code [042:043]}) the event the other way round with the second code.
     */
    static Set<PetrarchRecords.Coding> codings(Analysis a, PatternDictionary patterns) {
        Set<PetrarchRecords.Coding> out = new LinkedHashSet<>();
        for (Event e : a.events()) {
            String reverse = reverseCode(a, patterns, e);
            for (String s : e.source()) {
                // a reciprocal event ("Gondor and Osgiliath have delayed their meeting") is each pair of its actors
                List<String> targets = e.target().isEmpty() && e.source().size() > 1 ? e.source() : e.target();
                for (String t : targets) {
                    if (t.equals(s)) {
                        continue;
                    }
                    if (e.cameo() == null) {
                        continue;
                    }
                    // a name of several actors ("the Benelux", [BEL/NLD/LUX]) codes an event for each of them
                    for (String sc : codes(a, s)) {
                        for (String tc : codes(a, t)) {
                            out.add(new PetrarchRecords.Coding(sc, tc, e.cameo()));
                            if (reverse != null) {
                                out.add(new PetrarchRecords.Coding(tc, sc, reverse));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The mentions of an analysis with the codes of their actors ({@code "Bree"=BRE}), for --show-errors. */
    private static List<String> actors(Analysis a) {
        List<String> out = new ArrayList<>();
        a.mentions().forEach(m -> out.add('"' + m.text() + "\"=" + (m.actor() == null ? "-" : code(a, m.actor()))));
        return out;
    }

    private static List<String> codes(Analysis a, String actor) {
        Actor ac = a.actor(actor);
        return ac == null ? List.of() : ac.codes();
    }

    private static String code(Analysis a, String actor) {
        Actor ac = a.actor(actor);
        return ac == null || ac.code() == null || ac.code().isBlank() ? null : ac.code();
    }

    /** The second code of the paired code of the pattern that made the event, or null. */
    private static String reverseCode(Analysis a, PatternDictionary patterns, Event e) {
        for (Sentence s : a.sentences()) {
            if (!s.span().contains(e.trigger())) {
                continue;
            }
            for (PatternDictionary.Match m : patterns.matches(a.tokens(), s.firstToken(), s.endToken())) {
                if (a.tokens().get(m.trigger()).start() == e.trigger().start()) {
                    return m.reverseCameo();
                }
            }
        }
        return null;
    }
}
