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
 * {@value #SAMPLE} characters are looked at. Thread-safe; the profiles load once, on first use (about a second).
 */
public final class Languages {

    /** The code for a text whose language is not known with confidence. */
    public static final String UNDETERMINED = "und";

    static final int SAMPLE = 1500;
    private static final double MIN_PROBABILITY = 0.5;

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
        if (sample.codePoints().filter(Character::isLetter).count() < 20) {
            return UNDETERMINED;
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

    /** True for English, and for texts whose language could not be told (they are given the benefit of it). */
    public static boolean analysable(String language) {
        return language == null || language.isEmpty() || language.equals("en") || language.equals(UNDETERMINED);
    }
}
