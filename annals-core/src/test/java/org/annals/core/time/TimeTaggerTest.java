package org.annals.core.time;

import static org.annals.core.time.Tagging.PUBLISHED;
import static org.annals.core.time.Tagging.only;
import static org.annals.core.time.Tagging.orNull;
import static org.annals.core.time.Tagging.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the tagger finds and how it normalises it, for an article published on Tuesday 23 November 2021.
 * Each row: sentence | expression found | TIMEX3 type | value | mod.
 */
class TimeTaggerTest {

    @ParameterizedTest(name = "{1} in \"{0}\" is {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # full dates
            The summit opened on 23 November 2021.          | 23 November 2021        | DATE | 2021-11-23 | -
            The summit opened on November 23, 2021.         | November 23, 2021       | DATE | 2021-11-23 | -
            The summit opened on Nov. 23, 2021.             | Nov. 23, 2021           | DATE | 2021-11-23 | -
            The summit opened on Tuesday, Nov. 23, 2021.    | Tuesday, Nov. 23, 2021  | DATE | 2021-11-23 | -
            The summit opened on the 23rd of November 2021. | the 23rd of November 2021 | DATE | 2021-11-23 | -
            The form was signed on 11/23/2021.              | 11/23/2021              | DATE | 2021-11-23 | -
            The file is dated 2021-11-23.                   | 2021-11-23              | DATE | 2021-11-23 | -
            # partial dates
            Prices rose sharply in December 2020.           | December 2020           | DATE | 2020-12    | -
            The rules changed in 2020.                      | 2020                    | DATE | 2020       | -
            Music changed in the 1990s.                     | the 1990s               | DATE | 199        | -
            Unrest grew in the late 1990s.                  | the late 1990s          | DATE | 199        | END
            Empires fell in the 20th century.               | the 20th century        | DATE | 19         | -
            Growth slowed in mid-2020.                      | mid-2020                | DATE | 2020       | MID
            Profits fell in the third quarter of 2020.      | the third quarter of 2020 | DATE | 2020-Q3  | -
            The dam was finished in summer 2019.            | summer 2019             | DATE | 2019-SU    | -
            # years
            The state was founded in 1947.                  | 1947                    | DATE | 1947       | -
            The castle was built in 1648.                   | 1648                    | DATE | 1648       | -
            The 2018 election was close.                    | 2018                    | DATE | 2018       | -
            # a mod from early, mid, late, the end of
            The vote is planned for early November.         | early November          | DATE | 2021-11    | START
            Troops left in mid-November.                    | mid-November            | DATE | 2021-11    | MID
            The plant closed late last year.                | late last year          | DATE | 2020       | END
            The plan ends at the end of the year.           | the end of the year     | DATE | 2021       | END
            # dates without a year, counted from the publication date
            Talks resumed in November.                      | November                | DATE | 2021-11    | -
            Elections are due in March.                     | March                   | DATE | 2022-03    | -
            The talks began on October 7.                   | October 7               | DATE | 2021-10-07 | -
            The envoys arrived on Tuesday, Nov. 23.         | Tuesday, Nov. 23        | DATE | 2021-11-23 | -
            Exports fell in December last year.             | December last year      | DATE | 2020-12    | -
            The river froze last winter.                    | last winter             | DATE | 2020-WI    | -
            # weekdays: the direction of the sentence decides
            The ministers held talks on Tuesday.            | Tuesday                 | DATE | 2021-11-23 | -
            The ministers met on Monday.                    | Monday                  | DATE | 2021-11-22 | -
            The ministers will meet on Friday.              | Friday                  | DATE | 2021-11-26 | -
            The ministers are going to meet on Monday.      | Monday                  | DATE | 2021-11-29 | -
            He said the talks will be held on Friday.       | Friday                  | DATE | 2021-11-26 | -
            Parliament sits on Thursday.                    | Thursday                | DATE | 2021-11-25 | -
            The ministers met last Tuesday.                 | last Tuesday            | DATE | 2021-11-16 | -
            The ministers meet next Tuesday.                | next Tuesday            | DATE | 2021-11-30 | -
            # the writer's now
            The border reopened today.                      | today                   | DATE | 2021-11-23 | -
            The border reopened yesterday.                  | yesterday               | DATE | 2021-11-22 | -
            The border reopens tomorrow.                    | tomorrow                | DATE | 2021-11-24 | -
            The minister speaks tonight.                    | tonight                 | TIME | 2021-11-23TNI | -
            The minister resigned last week.                | last week               | DATE | 2021-W46   | -
            The minister resigned last month.               | last month              | DATE | 2021-10    | -
            The minister resigned last year.                | last year               | DATE | 2020       | -
            The minister resigns next month.                | next month              | DATE | 2021-12    | -
            The minister resigned this week.                | this week               | DATE | 2021-W47   | -
            The minister resigned earlier this year.        | earlier this year       | DATE | 2021       | -
            The minister resigned two years ago.            | two years ago           | DATE | 2019       | -
            The minister resigned more than a decade ago.   | more than a decade ago  | DATE | 201        | BEFORE
            The minister resigned years ago.                | years ago               | DATE | PAST_REF   | -
            The minister resigned recently.                 | recently                | DATE | PAST_REF   | -
            The minister is now in Paris.                   | now                     | DATE | PRESENT_REF | -
            # times of day
            The blast happened at 10:30.                    | 10:30                   | TIME | 2021-11-23T10:30 | -
            The blast happened at 10 a.m.                   | 10 a.m.                 | TIME | 2021-11-23T10:00 | -
            The blast happened at 3:15 p.m. on Nov. 20, 2021. | 3:15 p.m.             | TIME | 2021-11-20T15:15 | -
            The blast happened this morning.                | this morning            | TIME | 2021-11-23TMO | -
            The blast happened on Monday evening.           | Monday evening          | TIME | 2021-11-22TEV | -
            The blast happened last night.                  | last night              | TIME | 2021-11-22TNI | -
            # durations
            He served two years in prison.                  | two years               | DURATION | P2Y    | -
            The truce held for three days.                  | three days              | DURATION | P3D    | -
            The talks lasted for 48 hours.                  | 48 hours                | DURATION | PT48H  | -
            The siege lasted six months.                    | six months              | DURATION | P6M    | -
            The feud has lasted decades.                    | decades                 | DURATION | PXDE   | -
            She won a two-year term.                        | two-year                | DURATION | P2Y    | -
            The strike lasted twenty-five days.             | twenty-five days        | DURATION | P25D   | -
            The strike lasted more than a year.             | more than a year        | DURATION | P1Y    | MORE_THAN
            The meeting lasted about 90 minutes.            | 90 minutes              | DURATION | PT90M  | APPROX
            Prices rose in the past months.                 | the past months         | DURATION | PXM    | -
            Prices rose over the past two years.            | the past two years      | DURATION | P2Y    | -
            Prices rose in the last few days.               | the last few days       | DURATION | PXD    | -
            # sets
            Inspectors visit every week.                    | every week              | SET  | P1W        | -
            Inspectors visit every two years.               | every two years         | SET  | P2Y        | -
            Reports are published daily.                    | daily                   | SET  | P1D        | -
            The council meets every Tuesday.                | every Tuesday           | SET  | XXXX-WXX-2 | -
            """)
    void findsAndNormalises(String sentence, String expression, Timex.Type type, String value, String mod) {
        Timex t = only(sentence, PUBLISHED, expression);
        assertEquals(type, t.type(), "type");
        assertEquals(value, t.value(), "value");
        assertEquals(orNull(mod), t.mod(), "mod");
    }

    @Test
    void tagsEveryYearOfAList() {
        List<Timex> ts = times("Wars broke out in 1948, in 1967 and in 1973, and again in 1848 and 1849.", PUBLISHED);
        assertEquals(List.of("1948", "1967", "1973", "1848", "1849"), ts.stream().map(Timex::value).toList());
    }

    @Test
    void tagsBothDatesOfATwoPartSentence() {
        List<Timex> ts = times("They met on Monday and will meet again on Friday.", PUBLISHED);
        assertEquals(List.of("2021-11-22", "2021-11-26"), ts.stream().map(Timex::value).toList());
    }

    @Test
    void leavesOutPrepositionsAndKeepsArticles() {
        assertEquals("1947", only("Founded in 1947.", PUBLISHED, "1947").text());
        assertEquals("the 1990s", only("It grew in the 1990s.", PUBLISHED, "the 1990s").text());
    }

    @ParameterizedTest(name = "\"{0}\" has no time")
    @CsvSource(delimiter = '|', textBlock = """
            The assembly passed 1,000 resolutions.
            More than 40,000 people fled the city.
            The ship carried 700 tonnes of wheat.
            About 2000 people marched on the capital.
            Some 1500 demonstrators gathered.
            Resolution 1973 was adopted by the council.
            The final score was 3-1.
            Theresa May spoke to the press.
            You may march with us.
            The Arab Spring changed the region.
            She lost 12 kilograms.
            """)
    void numbersOfThingsAreNotTimes(String sentence) {
        assertEquals(List.of(), times(sentence, PUBLISHED));
    }

    @Test
    void aDayBeforeACountIsNotADay() {
        List<Timex> ts = times("In November 12 people were hurt.", PUBLISHED);
        assertEquals(List.of("November"), ts.stream().map(Timex::text).toList());
    }

    @Test
    void idsFollowTheTextAndNothingOverlaps() {
        String text = "On Monday, Nov. 22, 2021, ministers met for two hours. They will meet again next week.\n\n"
                + "Last year, talks lasted three days. Today the envoy left.";
        List<Timex> ts = times(text, PUBLISHED);
        assertEquals(List.of("Monday, Nov. 22, 2021", "two hours", "next week", "Last year", "three days", "Today"),
                ts.stream().map(Timex::text).toList());
        for (int i = 0; i < ts.size(); i++) {
            assertEquals("t" + (i + 1), ts.get(i).id());
            if (i > 0) {
                assertTrue(ts.get(i - 1).span().end() <= ts.get(i).span().start(), "overlap at " + ts.get(i));
            }
        }
    }

    @Test
    void anEmptyDocumentHasNoTimes() {
        assertEquals(List.of(), times("", PUBLISHED));
    }

    @Test
    void absoluteValuesAreNotAnchored() {
        Timex t = only("The two leaders last spoke in December 2020.", PUBLISHED, "December 2020");
        assertEquals("2020-12", t.value());
        assertNull(t.anchoredTo());
        assertNull(t.relative());
    }
}
