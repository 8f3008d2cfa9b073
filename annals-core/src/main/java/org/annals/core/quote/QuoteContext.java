package org.annals.core.quote;

import java.util.Arrays;
import java.util.List;

import org.annals.core.match.Mentions;
import org.annals.core.match.TokenView;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Sentence;

/**
 * What the quote finder's parts share about one document: the token view, the word lists, the mentions, which
 * blocks belong to a transcript turn, which tokens lie inside quotation marks, and where the cues are (cues
 * inside quoted words do not count: they are the quoted speaker's, not the reporter's).
 */
final class QuoteContext {

    final TokenView view;
    /** The frame-word classes of the document's tokens. */
    final FrameWords.Marks words;
    private final CueLexicon cues;
    final Mentions mentions;
    private final boolean[] turnBlock;
    private final boolean[] quoted;
    private final boolean[] scare;
    private final int[] cueCover;
    private final CueMatch[] cueAt;
    private final boolean[] titleCase;
    private final Analysis analysis;

    QuoteContext(Analysis analysis, CueLexicon cues, FrameWords words) {
        this.analysis = analysis;
        this.view = TokenView.of(analysis);
        this.words = words.marks(view);
        this.cues = cues;
        this.mentions = new Mentions(analysis);
        this.turnBlock = turnBlocks(analysis.blocks());
        int n = view.size();
        this.quoted = new boolean[n];
        this.scare = new boolean[n];
        this.cueCover = new int[n];
        this.cueAt = new CueMatch[n];
        Arrays.fill(cueCover, -1);
        this.titleCase = org.annals.core.match.Headlines.titleCase(analysis.sentences(), analysis.tokens());
    }

    /**
     * True when token {@code i} lies in a line written in title case, a headline: there a capitalised word can
     * be a cue ("Mayor Tells Council ..."), and speech verbs report without "that", as headlines drop it.
     */
    boolean inTitleCase(int i) {
        return titleCase[view.sentenceIndex(i)];
    }

    /** Marks the tokens {@code [from, to)} as quoted words; call before {@link #findCues()}. */
    void markQuoted(int from, int to) {
        Arrays.fill(quoted, from, to, true);
    }

    /**
     * Finds the cues outside quoted words; call once after {@link #markQuoted}. A capitalised word inside a
     * sentence of prose is no cue: it is part of a name.
     */
    void findCues() {
        int n = view.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i]) {
                continue;
            }
            int limit = view.sentenceEnd(i);
            if (view.isCapitalized(i) && i != view.sentenceFirst(i) && !isHeadline(i)) {
                continue;
            }
            CueMatch m = cues.at(analysis.tokens(), i, limit);
            if (m != null && m.kind() == Cue.Kind.NOUN && !(m.end() < n && view.is(m.end(), "that"))) {
                // a noun of speech is a cue only before its "that": "the statement said ..." names a speaker
                continue;
            }
            if (m != null && m.kind() == Cue.Kind.SCARE) {
                scare[m.end() - 1] = true;
                i = m.end() - 1;
            } else if (m != null) {
                cueAt[i] = m;
                for (int k = m.start(); k < m.end(); k++) {
                    cueCover[k] = m.start();
                }
                i = m.end() - 1;
            }
        }
    }

    /**
     * True when token {@code i} is in a title or a header, where every word may be capitalised; elsewhere a
     * capitalised cue word inside a sentence is part of a name ({@code Islamic State}, {@code Says Who}).
     */
    private boolean isHeadline(int i) {
        Block.Kind k = view.blockKind(i);
        return k == Block.Kind.TITLE || k == Block.Kind.HEADER || inTitleCase(i);
    }

    /** The cue that starts at token {@code i}, or {@code null}. */
    CueMatch cueAt(int i) {
        return cueAt[i];
    }

    /** The cue that token {@code i} is part of, or {@code null}. */
    CueMatch cueCovering(int i) {
        return cueCover[i] < 0 ? null : cueAt[cueCover[i]];
    }

    /** True when one of the tokens {@code [from, to)} is part of a cue. */
    boolean hasCue(int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (cueCover[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the tokens {@code [from, to)} is part of a cue of speech ({@link Cue.Kind#isSpeech}). */
    boolean hasSpeechCue(int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (cueCover[i] >= 0 && cueAt[cueCover[i]].kind().isSpeech()) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code i} ends a scare marker ({@code so-called}). */
    boolean endsScareMarker(int i) {
        return i >= 0 && scare[i];
    }

    /** True when token {@code i} lies inside quotation marks. */
    boolean isQuoted(int i) {
        return quoted[i];
    }

    /** True when block {@code b} is part of a transcript turn (the quote finder reads turns whole). */
    boolean inTurn(int block) {
        return block < turnBlock.length && turnBlock[block];
    }

    /** True when quotes and reported speech are looked for in the block of token {@code i}. */
    boolean isProse(int i) {
        Block.Kind k = view.blockKind(i);
        return !inTurn(view.blockIndex(i)) && k != Block.Kind.HEADER && k != Block.Kind.RULE;
    }

    /**
     * The extent of every transcript turn: a {@link Block.Kind#TURN} block and the blocks after it, up to the
     * next turn, rule or title. A document with one labelled line only is no transcript: that line is its own
     * turn.
     */
    static int turnEnd(List<Block> blocks, int turn) {
        if (blocks.stream().filter(b -> b.kind() == Block.Kind.TURN).count() < 2) {
            // a transcript has turns; a lone labelled line ("Wikileaks Bombshell: Podesta ...", a headline)
            // speaks for its own paragraph only
            return turn;
        }
        int end = turn;
        for (int k = turn + 1; k < blocks.size(); k++) {
            Block.Kind kind = blocks.get(k).kind();
            if (kind == Block.Kind.TURN || kind == Block.Kind.RULE || kind == Block.Kind.TITLE) {
                break;
            }
            end = k;
        }
        return end;
    }

    private static boolean[] turnBlocks(List<Block> blocks) {
        boolean[] in = new boolean[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).kind() == Block.Kind.TURN) {
                int end = turnEnd(blocks, b);
                Arrays.fill(in, b, end + 1, true);
                b = end;
            }
        }
        return in;
    }
}
