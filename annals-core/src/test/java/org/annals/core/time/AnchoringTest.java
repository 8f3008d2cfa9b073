package org.annals.core.time;

import static org.annals.core.time.Tagging.PUBLISHED;
import static org.annals.core.time.Tagging.only;
import static org.annals.core.time.Tagging.orNull;
import static org.annals.core.time.Tagging.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.annals.core.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative expressions: their rules, resolved against the publication date when there is one, left
 * underspecified when there is none, and resolvable later against any anchor.
 */
class AnchoringTest {

    @ParameterizedTest(name = "{0} from {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # weekdays: PAST and FUTURE count the anchor's own day, BEFORE and AFTER do not
            WEEKDAY 2 PAST        | 2021-11-23 | 2021-11-23
            WEEKDAY 2 PAST        | 2021-11-25 | 2021-11-23
            WEEKDAY 5 FUTURE      | 2021-11-23 | 2021-11-26
            WEEKDAY 2 FUTURE      | 2021-11-23 | 2021-11-23
            WEEKDAY 2 BEFORE      | 2021-11-23 | 2021-11-16
            WEEKDAY 2 AFTER       | 2021-11-23 | 2021-11-30
            WEEKDAY 5 W+0         | 2021-11-23 | 2021-11-26
            WEEKDAY 1 W-1         | 2021-11-23 | 2021-11-15
            WEEKDAY 1 PAST TMO    | 2021-11-23 | 2021-11-22TMO
            # days of a month
            MONTHDAY 10 07 PAST   | 2021-11-23 | 2021-10-07
            MONTHDAY 12 07 PAST   | 2021-11-23 | 2020-12-07
            MONTHDAY 10 07 FUTURE | 2021-11-23 | 2022-10-07
            MONTHDAY 11 23 BEFORE | 2021-11-23 | 2020-11-23
            MONTHDAY 11 23 AFTER  | 2021-11-23 | 2022-11-23
            MONTHDAY 10 07 Y-1    | 2021-11-23 | 2020-10-07
            MONTHDAY 10 07 Y+0    | 2021-11-23 | 2021-10-07
            # months, seasons and quarters
            YEARPART 12 PAST      | 2021-11-23 | 2020-12
            YEARPART 11 PAST      | 2021-11-23 | 2021-11
            YEARPART 12 FUTURE    | 2021-11-23 | 2021-12
            YEARPART 10 FUTURE    | 2021-11-23 | 2022-10
            YEARPART 11 BEFORE    | 2021-11-23 | 2020-11
            YEARPART SU BEFORE    | 2021-11-23 | 2021-SU
            YEARPART WI BEFORE    | 2021-11-23 | 2020-WI
            YEARPART Q1 Y+1       | 2021-11-23 | 2022-Q1
            # RECENT and SOON follow the tense within eight months, NEAR takes the nearer
            MONTHDAY 10 07 RECENT | 2021-11-23 | 2021-10-07
            MONTHDAY 12 15 RECENT | 2021-11-23 | 2021-12-15
            MONTHDAY 04 01 RECENT | 2021-11-23 | 2021-04-01
            MONTHDAY 03 01 RECENT | 2021-11-23 | 2022-03-01
            MONTHDAY 11 25 SOON   | 2021-11-23 | 2021-11-25
            MONTHDAY 10 07 SOON   | 2021-11-23 | 2021-10-07
            MONTHDAY 01 10 NEAR   | 2021-11-23 | 2022-01-10
            MONTHDAY 09 10 NEAR   | 2021-11-23 | 2021-09-10
            YEARPART 02 RECENT    | 2021-11-23 | 2022-02
            YEARPART 04 RECENT    | 2021-11-23 | 2021-04
            YEARPART Q1 RECENT    | 2021-10-26 | 2021-Q1
            YEARPART Q3 SOON      | 2021-10-26 | 2021-Q3
            YEARPART 01 NEAR      | 2021-11-23 | 2022-01
            YEARPART 11 NEAR      | 2021-11-23 | 2021-11
            WEEKDAY 1 NEAR        | 2021-11-26 | 2021-11-29
            WEEKDAY 4 NEAR        | 2021-11-23 | 2021-11-25
            WEEKDAY 1 RECENT      | 2021-11-26 | 2021-11-22
            # the n-th weekday of a month (Thanksgiving: the fourth Thursday of November)
            NTHDAY 11 4 4 PAST    | 2021-11-23 | 2020-11-26
            NTHDAY 11 4 4 SOON    | 2021-11-23 | 2021-11-25
            NTHDAY 11 4 4 Y-1     | 2021-11-23 | 2020-11-26
            NTHDAY 02 5 1 Y+0     | 2021-11-23 | -
            # offsets, at the precision of their unit
            OFFSET 0 DAY          | 2021-11-23 | 2021-11-23
            OFFSET -1 DAY TNI     | 2021-11-23 | 2021-11-22TNI
            OFFSET -1 WEEK        | 2021-11-23 | 2021-W46
            OFFSET 0 WEEK         | 2021-01-01 | 2020-W53
            OFFSET 0 WEEKEND      | 2021-11-23 | 2021-W47-WE
            OFFSET -1 MONTH       | 2021-11-23 | 2021-10
            OFFSET 1 QUARTER      | 2021-11-23 | 2022-Q1
            OFFSET -2 YEAR        | 2021-11-23 | 2019
            OFFSET -1 DECADE      | 2021-11-23 | 201
            OFFSET 0 CENTURY      | 2021-11-23 | 20
            SHIFT 1 DAY           | 2021-11-20 | 2021-11-21
            TIME T10:30           | 2021-11-23 | 2021-11-23T10:30
            # what a date alone cannot resolve
            OFFSET -2 HOUR        | 2021-11-23 | -
            MONTHDAY 02 29 PAST   | 2021-11-23 | -
            YEARPART 13 PAST      | 2021-11-23 | -
            NONSENSE 1 2          | 2021-11-23 | -
            """)
    void resolvesARuleAgainstAnAnchor(String rule, LocalDate anchor, String value) {
        assertEquals(orNull(value), Anchoring.resolve(rule, anchor));
    }

    @ParameterizedTest(name = "{0} counted from {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from a day, as from the publication date
            SHIFT 1 DAY           | 2020-03-03 | 2020-03-04
            SHIFT -1 YEAR         | 2020-03-03 | 2019
            # the period that contains the reference, at the unit's precision
            SHIFT 0 QUARTER       | 2020-08    | 2020-Q3
            SHIFT 0 YEAR          | 2020-Q3    | 2020
            SHIFT 0 DAY           | 2020-03-03 | 2020-03-03
            # a coarser reference moved, keeping its precision
            SHIFT -1 YEAR         | 2020-Q3    | 2019-Q3
            SHIFT -1 YEAR         | 2020-08    | 2019-08
            SHIFT 1 YEAR          | 2020-SU    | 2021-SU
            SHIFT 1 QUARTER       | 2020-Q4    | 2021-Q1
            SHIFT -2 YEAR         | 2020       | 2018
            SHIFT 1 WEEK          | 2020-W53   | 2021-W01
            # never finer than the reference, and only rules that count from the text
            SHIFT 1 DAY           | 2020-08    | -
            SHIFT -1 MONTH        | 2020       | -
            OFFSET -1 YEAR        | 2020-Q3    | -
            SHIFT 1 DAY           | PRESENT_REF | -
            """)
    void resolvesARuleCountedFromTheTextAgainstADateOfTheText(String rule, String reference, String value) {
        assertEquals(orNull(value), Anchoring.resolveFrom(rule, reference));
    }

    @ParameterizedTest(name = "{0} without an anchor is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WEEKDAY 2 PAST        | XXXX-WXX-2
            WEEKDAY 2 PAST TMO    | XXXX-WXX-2TMO
            MONTHDAY 10 07 PAST   | XXXX-10-07
            NTHDAY 11 4 4 RECENT  | XXXX-11-XX
            YEARPART 11 Y+0       | XXXX-11
            YEARPART SU BEFORE    | XXXX-SU
            TIME T10:30           | XXXX-XX-XXT10:30
            OFFSET -1 WEEK        | -
            SHIFT 1 DAY           | -
            """)
    void leavesARuleUnderspecifiedWithoutAnAnchor(String rule, String value) {
        assertEquals(orNull(value), Anchoring.unresolved(rule));
    }

    @Test
    void nullRulesResolveToNull() {
        assertNull(Anchoring.resolve(null, PUBLISHED));
        assertNull(Anchoring.resolve("WEEKDAY 2 PAST", null));
        assertNull(Anchoring.unresolved(null));
    }

    @ParameterizedTest(name = "{1} in \"{0}\" without a publication date is {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy has stayed since October 7.     | October 7     | XXXX-10-07 | MONTHDAY 10 07 PAST
            The ministers held talks on Tuesday.      | Tuesday       | XXXX-WXX-2 | WEEKDAY 2 PAST
            The ministers will meet on Friday.        | Friday        | XXXX-WXX-5 | WEEKDAY 5 FUTURE
            Talks resumed in November.                | November      | XXXX-11    | YEARPART 11 PAST
            The minister resigned last week.          | last week     | -          | OFFSET -1 WEEK
            The border reopened today.                | today         | -          | OFFSET 0 DAY
            The blast happened this morning.          | this morning  | -          | OFFSET 0 DAY TMO
            The blast happened at 10:30.              | 10:30         | XXXX-XX-XXT10:30 | TIME T10:30
            The minister resigned two years ago.      | two years ago | -          | OFFSET -2 YEAR
            """)
    void withoutAPublicationDateKeepsTheRule(String sentence, String expression, String value, String rule) {
        Timex t = only(sentence, null, expression);
        assertEquals(orNull(value), t.value(), "value");
        assertEquals(rule, t.relative(), "relative");
        assertNull(t.anchoredTo(), "anchored to");
        assertEquals(Anchoring.resolve(rule, PUBLISHED), only(sentence, PUBLISHED, expression).value(),
                "resolving the kept rule later gives what the publication date gives");
    }

    @Test
    void absoluteValuesNeedNoPublicationDate() {
        assertEquals("1947", only("The state was founded in 1947.", null, "1947").value());
        assertEquals("2020-12", only("They last spoke in December 2020.", null, "December 2020").value());
        assertEquals("P2Y", only("He served two years in prison.", null, "two years").value());
    }

    @Test
    void aResolvedValueSaysItWasAnchoredToThePublicationDate() {
        Timex t = only("The ministers held talks on Tuesday.", PUBLISHED, "Tuesday");
        assertEquals("2021-11-23", t.value());
        assertEquals(TimeTagger.PUBLISHED, t.anchoredTo());
        assertEquals("WEEKDAY 2 PAST", t.relative());
    }

    @Test
    void aStoryCanResolveTheKeptRuleAgainstAnotherDate() {
        Timex t = only("The ministers held talks on Tuesday.", null, "Tuesday");
        assertEquals("2021-11-16", Anchoring.resolve(t.relative(), LocalDate.of(2021, 11, 18)));
    }

    @ParameterizedTest(name = "\"{2}\" counts from the date before it: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy arrived on March 3, 2020. | The next day, he left.             | The next day         | 2020-03-04
            The envoy arrived on March 3, 2020. | Two days later, he left.           | Two days later       | 2020-03-05
            The envoy arrived on March 3, 2020. | He had met them the previous week. | the previous week    | 2020-W09
            Third-quarter profit rose 5%.       | A year earlier, it fell.           | A year earlier       | 2020-Q3
            Third-quarter profit rose 5%.       | It fell in the year-ago quarter.   | the year-ago quarter | 2020-Q3
            Third-quarter profit rose 5%.       | Costs rose in the quarter.         | the quarter          | 2021-Q3
            """)
    void anaphoricExpressionsCountFromTheLatestDateOfTheText(String first, String second, String expression,
                                                             String value) {
        Timex t = only(first + " " + second, PUBLISHED, expression);
        assertEquals(value, t.value());
        assertEquals(TimeTagger.TEXT, t.anchoredTo());
        assertTrue(Anchoring.countsFromText(t.relative()));
    }

    @Test
    void anAnaphoricExpressionIsNotItselfCountedFrom() {
        // both comparisons count from the quarter, not the second from the first
        List<Timex> ts = times("Third-quarter sales rose. A year earlier they fell, and a year earlier still they "
                + "rose.", PUBLISHED);
        assertEquals(List.of("2021-Q3", "2020-Q3", "2020-Q3"), ts.stream().map(Timex::value).toList());
    }

    @ParameterizedTest(name = "\"{1}\" counts from the text, never from the publication date")
    @CsvSource(delimiter = '|', textBlock = """
            The next day, the envoy left.          | The next day      | SHIFT 1 DAY
            Two days later, the envoy left.        | Two days later    | SHIFT 2 DAY
            The envoy had left the previous week.  | the previous week | SHIFT -1 WEEK
            The envoy had left the day before.     | the day before    | SHIFT -1 DAY
            """)
    void anaphoricExpressionsAreNotAnchoredToThePublicationDate(String sentence, String expression, String rule) {
        Timex t = only(sentence, PUBLISHED, expression);
        assertNull(t.value());
        assertNull(t.anchoredTo());
        assertEquals(rule, t.relative());
        assertTrue(Anchoring.countsFromText(t.relative()));
    }

    @Test
    void aClockTimeTakesTheDayOfItsSentence() {
        Timex t = only("The blast happened at 3:15 p.m. on Nov. 20, 2021.", PUBLISHED, "3:15 p.m.");
        assertEquals("2021-11-20T15:15", t.value());
        assertEquals(TimeTagger.TEXT, t.anchoredTo());
        assertFalse(Anchoring.countsFromText(t.relative()));
    }
}
