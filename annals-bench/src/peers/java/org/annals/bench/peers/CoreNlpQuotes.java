package org.annals.bench.peers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * The peer of annals' quote stage: Stanford CoreNLP's {@code quote} annotator (with its quote attribution)
 * over the articles of a PolNeAR-style folder ({@code DIR/text/*.txt}), its quotes written as brat attribution
 * relations ({@code OUT/NAME.ann}: content = the quote with its marks, source = the speaker mention CoreNLP
 * attributes it to; CoreNLP names no cue, so none is written) for {@code annals eval quotes --predicted OUT}.
 *
 * <p>Built and run only with the Maven profile {@code peers} (see {@code annals-bench/README.md}): CoreNLP is
 * GPL and large, a peer to measure against and never a dependency of annals.
 */
public final class CoreNlpQuotes {

    private CoreNlpQuotes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CoreNlpQuotes GOLD_DIR OUT_DIR");
            System.exit(2);
        }
        Path texts = Path.of(args[0], "text");
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long start = System.nanoTime();
        int quotes = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            quotes += write(out.resolve(name + ".ann"), text, doc);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("CoreNLP quote: %d articles, %d quotes, %.1f s (%.2f s per article)%n", files.size(),
                quotes, seconds, seconds / Math.max(1, files.size()));
    }

    /**
     * Writes the quotes of one article. As annals' relations are (see {@code annals eval quotes}), a quote
     * attributed to the same speaker mention as the quote right before it, with no paragraph break between
     * them ({@code “...,” she said. “...”}), joins that quote's relation, as a second content range.
     */
    private static int write(Path ann, String text, Annotation doc) throws IOException {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> contents = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            int[] source = mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me
                    ? new int[] {tokens.get(mb).beginPosition(), tokens.get(me).endPosition()} : null;
            int last = contents.size() - 1;
            if (last >= 0 && source != null && sources.get(last) != null
                    && Arrays.equals(source, sources.get(last))
                    && text.substring(contents.get(last)[contents.get(last).length - 1], begin).indexOf('\n') < 0) {
                int[] c = contents.get(last);
                int[] joined = Arrays.copyOf(c, c.length + 2);
                joined[c.length] = begin;
                joined[c.length + 1] = end;
                contents.set(last, joined);
            } else {
                contents.add(new int[] {begin, end});
                sources.add(source);
            }
        }
        int t = 0;
        try (Writer w = Files.newBufferedWriter(ann, StandardCharsets.UTF_8)) {
            for (int e = 0; e < contents.size(); e++) {
                int[] c = contents.get(e);
                String content = "T" + (++t);
                w.write(line(content, "Content", text, c));
                String trigger = "T" + (++t);
                w.write(line(trigger, "Attribution", text, c));
                String relation = "E" + (e + 1) + "\tAttribution:" + trigger + " Content:" + content;
                if (sources.get(e) != null) {
                    String source = "T" + (++t);
                    w.write(line(source, "Source", text, sources.get(e)));
                    relation += " Source:" + source;
                }
                w.write(relation + "\n");
            }
        }
        return quotes == null ? 0 : quotes.size();
    }

    /** A text-bound line of ranges {@code [b0, e0, b1, e1, ...]}, in characters (code points) as brat counts. */
    private static String line(String id, String type, String text, int[] ranges) {
        StringBuilder b = new StringBuilder(id).append('\t').append(type).append(' ');
        StringBuilder covered = new StringBuilder();
        for (int k = 0; k < ranges.length; k += 2) {
            if (k > 0) {
                b.append(';');
                covered.append(' ');
            }
            b.append(text.codePointCount(0, ranges[k])).append(' ').append(text.codePointCount(0, ranges[k + 1]));
            covered.append(text, ranges[k], ranges[k + 1]);
        }
        return b.append('\t').append(covered.toString().replace('\n', ' ')).append('\n').toString();
    }
}
