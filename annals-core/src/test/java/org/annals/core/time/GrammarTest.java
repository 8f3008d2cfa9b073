package org.annals.core.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.junit.jupiter.api.Test;

/** The grammar's test of a rule's first two tokens never turns away a place where the rule matches. */
class GrammarTest {

    private static final String TEXT = """
            The talks ended on Tuesday, the envoy said on 23 November 2021, and the ministers will meet again \
            on Friday morning. The two leaders last spoke in December 2020, nearly a year ago, and have met \
            every week since early November. The next day the army withdrew; the previous week it had shelled \
            the town for the first time in the past three years. In the 1990s and during the summer of 1998 \
            the rebels held the area for the better part of a decade. A year earlier, at the end of the month, \
            about 40 people fled within the next 48 hours; the quarter ended in the fourth quarter of 2019, \
            two to six days later. He has served since 2009-2010 and will stay until the end of next year, \
            the same day as the vote, from Monday to Wednesday, at 10 a.m. and at 3:30 pm each day, \
            twice a week, this past weekend, the day before yesterday and the coming months.
            """;

    @Test
    void aRuleThatMatchesAtATokenIsOneTheFirstTwoTokensAllow() {
        Analysis a = Tagging.analyze(TEXT, Tagging.PUBLISHED);
        Classifier classifier = new Classifier(new Vocabulary(Lexicon.DEFAULT, Grammar.DEFAULT));
        Grammar grammar = Grammar.DEFAULT;
        int matches = 0;
        for (Sentence s : a.sentences()) {
            List<Token> part = a.tokens().subList(s.firstToken(), s.endToken());
            TokenView v = classifier.classify(part, false);
            Matcher matcher = new Matcher(v);
            for (int i = 0; i < v.size(); i++) {
                for (Rule r : grammar.rules()) {
                    if (matcher.longest(r, i) != null) {
                        matches++;
                        assertTrue(grammar.mayMatch(r, v, i), r.source() + " at '" + v.lower(i) + "'");
                    }
                }
            }
        }
        assertTrue(matches > 50, "matches: " + matches);
    }
}
