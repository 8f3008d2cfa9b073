package org.annals.spark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.annals.spark.AnnalsJob;

/**
 * A corpus for measuring {@link AnnalsJob}: JSON lines made of a folder's text files (the repository's
 * {@code examples/}). Document {@code i} keeps the head (date line and title) of file {@code i mod n}, then four
 * body paragraphs drawn from any of the files, then a reference line that makes every text unique; its
 * {@code published} date is spread over a year ({@code --days D}: over D days). Every tenth document is a
 * near-copy of the one before it (a wire story republished under another headline). A pure function of
 * {@code i} and the files.
 *
 * <p>With {@code --names}, the corpus tells many stories, not a dozen: documents come in stories of eight
 * reports (document {@code i} in story {@code i / 8}, all from the same file, each drawing four body paragraphs
 * from the same twelve), and in each story every capitalised word inside a sentence (a name, mostly) is replaced
 * by a made-up name of that story's own, the same for each of its reports. So reports of one story share their
 * names and those of two stories do not, as in news, and each week's documents are not all alike.
 *
 * <p>Usage: {@code java -cp annals-spark-job.jar:jackson-core.jar org.annals.spark.bench.SyntheticInput DIR
 * COUNT OUT.jsonl [--days D] [--names]}
 */
public final class SyntheticInput {

    /** Reports of one story, with {@code --names}. */
    static final int STORY = 8;

    /** Capitalised words that stay: the words of dates, and titles. */
    private static final java.util.Set<String> KEEP = java.util.Set.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "President", "Minister", "Prime", "Foreign",
            "Secretary", "General", "Director", "Chief", "Executive", "Ambassador", "Governor", "Mr", "Mrs", "Ms");

    private SyntheticInput() {
    }

    public static void main(String[] args) throws IOException {
        int days = 366;
        boolean names = false;
        List<String> positional = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--days" -> days = Integer.parseInt(args[++a]);
                case "--names" -> names = true;
                default -> positional.add(args[a]);
            }
        }
        if (positional.size() != 3) {
            System.err.println("usage: SyntheticInput DIR COUNT OUT.jsonl [--days D] [--names]");
            System.exit(2);
        }
        List<String> fileNames = new ArrayList<>();
        List<String[]> paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of(positional.get(0)))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                fileNames.add(f.getFileName().toString());
                paragraphs.add(Files.readString(f).strip().split("\n\\s*\n"));
            }
        }
        int count = Integer.parseInt(positional.get(1));
        JsonFactory factory = JsonFactory.builder().build();
        try (OutputStream out = Files.newOutputStream(Path.of(positional.get(2)));
             JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            LocalDate start = LocalDate.of(2024, 1, 1);
            String previous = null;
            for (int i = 0; i < count; i++) {
                int n = fileNames.size();
                int story = i / STORY;
                int e = names ? story % n : i % n;
                String text;
                if (i % 10 == 9 && previous != null) {
                    text = "Wire report\n\n" + previous.substring(previous.indexOf("\n\n") + 2);
                } else {
                    SplittableRandom random = new SplittableRandom(names ? story : i);
                    String[] own = paragraphs.get(e);
                    StringBuilder b = new StringBuilder();
                    b.append(own[0]).append("\n\n").append(own[1]).append("\n\n");
                    List<String> pool = new ArrayList<>();
                    for (int k = 0; k < (names ? 12 : 4); k++) {
                        String[] from = paragraphs.get(random.nextInt(n));
                        pool.add(from[2 + random.nextInt(from.length - 2)]);
                    }
                    SplittableRandom own4 = new SplittableRandom(i);
                    while (pool.size() > 4) {
                        pool.remove(own4.nextInt(pool.size()));
                    }
                    for (String para : pool) {
                        b.append(para).append("\n\n");
                    }
                    text = names ? renamed(b.toString(), story) : b.toString();
                }
                previous = text;
                text = text + "(Reference " + i + ")\n";
                LocalDate published = start.plusDays(names ? (story * 7L) % days : (i * 7L) % days);
                g.writeStartObject();
                g.writeStringField("source", String.format("synthetic-%07d-%s", i, fileNames.get(e)));
                g.writeStringField("text", text);
                g.writeStringField("published", published.toString());
                g.writeEndObject();
                g.flush();
                out.write('\n');
            }
        }
    }

    /** The text with each capitalised word inside a sentence replaced by a name of the story's own. */
    static String renamed(String text, int story) {
        StringBuilder out = new StringBuilder(text.length());
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201c') {
                    sentenceStart = true;
                }
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String word = text.substring(i, j);
            boolean replace = !sentenceStart && Character.isUpperCase(c) && word.length() > 1 && !KEEP.contains(word);
            out.append(replace ? name(word, story) : word);
            sentenceStart = false;
            i = j;
        }
        return out.toString();
    }

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    /** A made-up name for {@code word} in {@code story}: two or three syllables (capitals for an acronym). */
    static String name(String word, int story) {
        SplittableRandom r = new SplittableRandom(word.hashCode() * 1_000_003L + story);
        boolean acronym = word.chars().allMatch(Character::isUpperCase);
        StringBuilder b = new StringBuilder();
        if (acronym) {
            for (int k = 0; k < word.length(); k++) {
                b.append((char) ('A' + r.nextInt(26)));
            }
            return b.toString();
        }
        int syllables = 2 + r.nextInt(2);
        for (int k = 0; k < syllables; k++) {
            b.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }
}
