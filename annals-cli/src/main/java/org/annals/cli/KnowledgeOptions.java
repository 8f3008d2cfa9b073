package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.event.PatternDictionary;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.pipeline.Pipeline;

import picocli.CommandLine.Option;

/**
 * The {@code --dict} option of the commands that analyse: the user's dictionaries on top of the built-in
 * knowledge base. A file whose name ends in {@code .tsv} is a table in annals' own format (its name says its
 * kind: {@code my-people.tsv}); any other file is a PETRARCH, TABARI or Phoenix dictionary (actors or agents;
 * issue files are noted and skipped). Verb dictionaries ({@code CAMEO.2.0.txt}), discard lists and annals' own
 * event tables ({@code my-patterns.tsv}, {@code my-classes.tsv}, {@code my-combinations.tsv}) go to the event
 * coder: annals' own tables on top of its built-in patterns, verb dictionaries filling their gaps (at a word where
 * another pattern matches, that one is read) (see {@link #dictionaries}). A folder stands for its files (not its
 * subfolders and not hidden files), in name order. Files are read in the order given, after the built-in tables, and
 * a later one overrides an earlier one. Every line that could not be read is reported on stderr as {@code annals:
 * FILE:LINE: reason}; the rest is used.
 */
final class KnowledgeOptions {

    @Option(names = "--dict", paramLabel = "PATH",
            description = {"Add a dictionary on top of the built-in knowledge base (repeatable; later ones "
                    + "override earlier ones): a PETRARCH/TABARI/Phoenix actor or agent dictionary, an annals "
                    + "table (*.tsv, named for its kind: people.tsv, my-roles.tsv), or a folder of them.",
                    "PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt) and annals event tables (my-patterns.tsv, "
                    + "my-classes.tsv) add event patterns, their CAMEO codes mapped to PLOVER.",
                    "Lines that cannot be read are reported on stderr with file and line, and skipped."})
    List<Path> dicts = new ArrayList<>();

    /** The knowledge base and the event patterns that the dictionaries make, both on top of the built-in ones. */
    record Dictionaries(KnowledgeBase kb, PatternDictionary patterns) {
    }

    /** The whole pipeline over the dictionaries: actors for the knowledge base, verbs for the event coder. */
    Pipeline pipeline(PrintWriter err) {
        Dictionaries d = dictionaries(err);
        return Annals.pipeline(d.kb(), d.patterns());
    }

    /**
     * The knowledge base and the event patterns: PETRARCH/TABARI verb dictionaries (their
     * name says "verb", or they have {@code --- NAME [CODE] ---} blocks) and annals' own event tables (named
     * {@code patterns.tsv}, {@code classes.tsv}, {@code combinations.tsv}, or ending so) and discard lists go
     * to the event coder,
     * on top of the built-in patterns; all other files to the knowledge base. Problems and notes go to {@code err}.
     */
    Dictionaries dictionaries(PrintWriter err) {
        if (dicts.isEmpty()) {
            return new Dictionaries(KnowledgeBase.builtin(), PatternDictionary.builtin());
        }
        PatternDictionary.Builder events = null;
        for (Path p : dicts) {
            for (Path f : files(p, err)) {
                String text = read(f, err);
                if (text == null || !isEventDictionary(f, text)) {
                    continue;
                }
                if (events == null) {
                    events = PatternDictionary.builder().addBuiltin();
                }
                addEvents(events, f, text);
            }
        }
        PatternDictionary patterns = PatternDictionary.builtin();
        if (events != null) {
            patterns = events.build();
            patterns.notes().forEach(n -> err.println("annals: " + n));
            patterns.problems().forEach(n -> err.println("annals: " + n));
            err.flush();
        }
        return new Dictionaries(knowledgeBase(err), patterns);
    }

    /** Adds an event dictionary to {@code b}: an annals table by its name, else a PETRARCH verb dictionary. */
    static void addEvents(PatternDictionary.Builder b, Path f, String text) {
        String name = f.toString();
        String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith("patterns.tsv")) {
            b.addPatterns(name, new StringReader(text));
        } else if (file.endsWith("classes.tsv")) {
            b.addClasses(name, new StringReader(text));
        } else if (file.endsWith("combinations.tsv")) {
            b.addCombinations(name, new StringReader(text));
        } else if (file.contains("discard")) {
            b.addPetrarchDiscards(name, new StringReader(text));
        } else {
            b.addPetrarchVerbsAsFallback(name, new StringReader(text));
        }
    }

    /**
     * True for a file of event patterns: annals' own tables by their name; a PETRARCH/TABARI verb dictionary by
     * its name ("verb", unless it also says "actor" or "agent") or by its verb blocks; a PETRARCH discard list
     * by its name ("discard"): its phrases void the sentences they occur in.
     */
    static boolean isEventDictionary(Path f, String text) {
        String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (file.endsWith(".tsv")) {
            return file.endsWith("patterns.tsv") || file.endsWith("classes.tsv") || file.endsWith("combinations.tsv");
        }
        if (file.contains("actor") || file.contains("agent") || file.contains("issue")) {
            return false;
        }
        if (file.contains("verb") || file.contains("discard")) {
            return true;
        }
        return VERB_BLOCK.matcher(text).find();
    }

    private static final java.util.regex.Pattern VERB_BLOCK =
            java.util.regex.Pattern.compile("(?m)^---+\\s+\\S.*---+\\s*$");

    /** The built-in knowledge base, or one built with the dictionaries; problems and notes go to {@code err}. */
    KnowledgeBase knowledgeBase(PrintWriter err) {
        if (dicts.isEmpty()) {
            return KnowledgeBase.builtin();
        }
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltin();
        for (Path p : dicts) {
            for (Path f : files(p, err)) {
                String text = read(f, err);
                if (text == null || isEventDictionary(f, text)) {
                    // event patterns go to the event coder: see dictionaries()
                    continue;
                }
                String name = f.toString();
                if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
                    b.add(name, new StringReader(text));
                } else {
                    b.addPetrarch(name, new StringReader(text));
                }
            }
        }
        KnowledgeBase kb = b.build();
        for (String n : kb.notes()) {
            err.println("annals: " + n);
        }
        for (String p : kb.problems()) {
            err.println("annals: " + p);
        }
        err.flush();
        return kb;
    }

    /** The file itself, or the files of a folder in name order; a path that is neither is reported. */
    static List<Path> files(Path p, PrintWriter err) {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            err.println("annals: " + p + ": no such file or folder (--dict)");
            return List.of();
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            err.println("annals: " + p + ": cannot list the folder (" + e.getMessage() + ")");
            return List.of();
        }
    }

    /** The file as UTF-8, or as Latin-1 when it is not UTF-8 (older dictionaries are), with a note. */
    static String read(Path f, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            err.println("annals: " + f + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            err.println("annals: " + f + ": not UTF-8; read as Latin-1");
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
