package org.annals.core.match;

import java.util.List;

import org.annals.core.model.Sentence;
import org.annals.core.model.Token;

/**
 * Lines written in title case, as headlines are ("Mayor Tells Council The Budget Is Broken"), whether or not the
 * text marks them as titles: there every word is capitalised, so capitals tell neither names nor sentence starts.
 */
public final class Headlines {

    /** The fewest words a line in title case has. */
    static final int TITLE_WORDS = 4;

    private Headlines() {
    }

    /**
     * Which sentences are written in title case: a paragraph to themselves, four words or more, nine in ten of
     * them capitalised, and four words or more for each number or punctuation mark (but a final one).
     */
    public static boolean[] titleCase(List<Sentence> sentences, List<Token> tokens) {
        boolean[] out = new boolean[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            boolean alone = (s == 0 || sentences.get(s - 1).paragraph() != sentence.paragraph())
                    && (s + 1 == sentences.size() || sentences.get(s + 1).paragraph() != sentence.paragraph());
            if (!alone) {
                continue;
            }
            int words = 0;
            int capitals = 0;
            int others = 0;
            int end = sentence.endToken();
            if (end > sentence.firstToken() && tokens.get(end - 1).kind() == Token.Kind.PUNCT) {
                end--;
            }
            for (int i = sentence.firstToken(); i < end; i++) {
                Token t = tokens.get(i);
                if (t.isWord()) {
                    words++;
                    if (t.isCapitalized()) {
                        capitals++;
                    }
                } else {
                    others++;
                }
            }
            // a line of names and figures (a table of results, a line-up) is no headline: words make it
            out[s] = words >= TITLE_WORDS && capitals * 10 >= words * 9 && words >= 4 * others;
        }
        return out;
    }
}
