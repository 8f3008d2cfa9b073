package org.annals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;

/**
 * The corpus every benchmark reads: the {@code .txt} articles of {@code examples/}, or of the folder in the system
 * property {@code annals.examples}, in name order.
 */
final class Examples {

    private Examples() {
    }

    /**
     * The articles through the text stages (tokens and sentences), repeated to exactly {@code tokens} tokens: each
     * copy cut at the end of a sentence, the last padded with a cut of the first sentence of the first article.
     */
    static List<Analysis> tokens(int tokens) throws IOException {
        List<Analysis> base = new ArrayList<>();
        for (Document d : documents()) {
            base.add(Annals.textPipeline().analyze(d));
        }
        List<Analysis> out = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < tokens; i++) {
            Analysis a = base.get(i % base.size());
            List<Sentence> kept = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                if (total + s.endToken() > tokens) {
                    break;
                }
                kept.add(s);
            }
            int end = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).endToken();
            if (end == 0) {
                break;
            }
            out.add(a.withTokens(a.tokens().subList(0, end), kept));
            total += end;
        }
        Analysis first = base.get(0);
        while (total < tokens) {
            int n = Math.min(tokens - total, first.sentences().get(0).endToken());
            Sentence cut = new Sentence(first.sentences().get(0).span(), 0, n, 0);
            out.add(first.withTokens(first.tokens().subList(0, n), List.of(cut)));
            total += n;
        }
        return out;
    }

    /** The articles as documents named by their file names; refused when there are none. */
    static List<Document> documents() throws IOException {
        Path dir = Path.of(System.getProperty("annals.examples", "examples"));
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Document.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + dir.toAbsolutePath()
                    + " (run from the repository's root or set -Dannals.examples=DIR)");
        }
        return out;
    }
}
