package org.annals.core.text;

import org.annals.core.model.Analysis;
import org.annals.core.pipeline.Stage;

/**
 * Makes the plain-character copy of the text that later stages read: curly and angle quotes become
 * {@code "} or {@code '}, the dashes and the minus sign become {@code -}, no-break and other odd spaces, tabs
 * and zero-width characters become a space, the ellipsis becomes a period. Every change is one character for
 * one character, so an offset in the copy is the same offset in the original.
 */
public final class Normalizer implements Stage {

    private static final char[] MAP = new char[0x2300];

    static {
        for (char c = 0; c < MAP.length; c++) {
            MAP[c] = c;
        }
        for (char c : "\u2018\u2019\u201A\u201B\u2032\u0060\u00B4".toCharArray()) {
            MAP[c] = '\'';
        }
        for (char c : "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB".toCharArray()) {
            MAP[c] = '"';
        }
        for (char c : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212".toCharArray()) {
            MAP[c] = '-';
        }
        for (char c : "\t\u000B\u000C\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u202F\u205F"
                .toCharArray()) {
            MAP[c] = ' ';
        }
        MAP['\u2026'] = '.';
        MAP['\r'] = '\n';
    }

    @Override
    public Analysis apply(Analysis in) {
        return in.withNormalized(normalize(in.text()));
    }

    /** The normalised copy of {@code text}, of the same length. */
    public static String normalize(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = c < MAP.length ? MAP[c] : (c == '\u3000' || c == '\uFEFF' ? ' ' : c);
            if (m != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = m;
            }
        }
        return out == null ? text : new String(out);
    }

    /** True for the opening forms of curly or angle quotes in the original text. */
    public static boolean isOpeningQuote(char c) {
        return c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E';
    }

    /** True for the closing forms of curly or angle quotes in the original text. */
    public static boolean isClosingQuote(char c) {
        return c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }
}
