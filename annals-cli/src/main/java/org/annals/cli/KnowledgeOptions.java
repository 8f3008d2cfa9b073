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

import org.annals.core.kb.KnowledgeBase;

import picocli.CommandLine.Option;

/**
 * The {@code --dict} option of the commands that analyse: the user's dictionaries on top of the built-in
 * knowledge base. A file whose name ends in {@code .tsv} is a table in annals' own format (its name says its
 * kind: {@code my-people.tsv}); any other file is a PETRARCH, TABARI or Phoenix dictionary (actors or agents;
 * verb, discard and issue files are noted and skipped). A folder stands for its files (not its subfolders and
 * not hidden files), in name order. Files are read in the order given, after the built-in tables, and a later
 * one overrides an earlier one. Every line that could not be read is reported on stderr as {@code annals:
 * FILE:LINE: reason}; the rest is used.
 */
final class KnowledgeOptions {

    @Option(names = "--dict", paramLabel = "PATH",
            description = {"Add a dictionary on top of the built-in knowledge base (repeatable; later ones "
                    + "override earlier ones): a PETRARCH/TABARI/Phoenix actor or agent dictionary, an annals "
                    + "table (*.tsv, named for its kind: people.tsv, my-roles.tsv), or a folder of them.",
                    "Lines that cannot be read are reported on stderr with file and line, and skipped."})
    List<Path> dicts = new ArrayList<>();

    /** The built-in knowledge base, or one built with the dictionaries; problems and notes go to {@code err}. */
    KnowledgeBase knowledgeBase(PrintWriter err) {
        if (dicts.isEmpty()) {
            return KnowledgeBase.builtin();
        }
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltin();
        for (Path p : dicts) {
            for (Path f : files(p, err)) {
                String text = read(f, err);
                if (text == null) {
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
    private static List<Path> files(Path p, PrintWriter err) {
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
    private static String read(Path f, PrintWriter err) {
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
