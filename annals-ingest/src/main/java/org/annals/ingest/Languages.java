package org.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

/**
 * The language of a text, as an ISO 639-1 code ({@code en}, {@code de}, ...), by the character n-gram profiles of
 * the optimaize language detector (71 languages, seeded so that the answer is always the same). Only the first
 * {@value #SAMPLE} characters are looked at. Short texts fool n-gram profiles (a line of Georgian names reads as
 * Estonian), so a text of fewer than {@value #MIN_LETTERS} letters is {@link #UNDETERMINED} when most of its letters are Latin, unless English function
 * words ("the", "of", "said", ...) make a tenth of its words: then, whatever its length, it is English, whatever the profiles say. Thread-safe; the profiles load once, on first use (about a second).
 */
public final class Languages {

    /** The code for a text whose language is not known with confidence. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE = 1500;
    static final int MIN_LETTERS = 120;
    private static final double MIN_PROBABILITY = 0.5;
    private static final double ENGLISH_SHARE = 0.1;

    /** Words frequent in English news and rare as words of other languages. */
    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "is", "was",
            "were", "that", "with", "for", "said", "says", "has", "have", "had", "by", "from", "it", "its", "this",
            "which", "after", "their", "they", "he", "she", "his", "her", "who", "will", "would", "not", "are",
            "been", "at", "be", "but", "or", "we", "our", "about", "than", "more", "also", "told");
    static final int WORDS_SAMPLE = 600;

    private Languages() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = build();

        private static LanguageDetector build() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).seed(20_211_123L)
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles are part of the detector's jar", e);
            }
        }
    }

    /** The language of {@code text}, or {@link #UNDETERMINED} when it is too short or mixed to tell. */
    public static String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (letters >= 20 && englishShare(sample) >= ENGLISH_SHARE) {
            return "en";
        }
        if (letters < MIN_LETTERS && latin * 2 >= letters) {
            return UNDETERMINED; // a short text in another script is still told: it cannot be English
        }
        List<DetectedLanguage> found;
        synchronized (Holder.DETECTOR) {
            found = Holder.DETECTOR.getProbabilities(sample);
        }
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return found.get(0).getLocale().getLanguage();
    }

    /** The share of English function words among the words of the first {@value #WORDS_SAMPLE} characters. */
    private static double englishShare(String text) {
        int end = Math.min(text.length(), WORDS_SAMPLE);
        int words = 0;
        int english = 0;
        StringBuilder w = new StringBuilder(16);
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                if (w.length() <= 5 && ENGLISH.contains(w.toString())) {
                    english++;
                }
                w.setLength(0);
            }
        }
        return words == 0 ? 0 : english / (double) words;
    }

    /** True for English, and for texts whose language could not be told (they are given the benefit of it). */
    public static boolean analysable(String language) {
        return language == null || language.isEmpty() || language.equals("en") || language.equals(UNDETERMINED);
    }
}
