package org.annals.core.time;

import static org.annals.core.time.Tagging.PUBLISHED;
import static org.annals.core.time.Tagging.only;
import static org.annals.core.time.Tagging.orNull;
import static org.annals.core.time.Tagging.times;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.annals.core.model.Timex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the tagger follows the TimeML annotation guidelines where English leaves a choice: what an extent holds,
 * how values are written, which reading of a date without a year news means. Each row: publication date |
 * sentence | expression found | TIMEX3 type | value | mod. The sentences are our own.
 */
class TimeMlConventionsTest {

    @ParameterizedTest(name = "{2} in \"{1}\" (published {0}) is {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # extents: a hedge stays outside a duration but inside a date counted back; bounds stay inside
            2021-11-23 | The talks lasted about three days.             | three days          | DURATION | P3D      | APPROX
            2021-11-23 | The truce held for nearly two weeks.           | two weeks           | DURATION | P2W      | LESS_THAN
            2021-11-23 | The talks lasted more than three days.         | more than three days | DURATION | P3D     | MORE_THAN
            2021-11-23 | The mine closed about two years ago.           | about two years ago | DATE     | 2019     | APPROX
            2021-11-23 | Prices fell over three years.                  | three years         | DURATION | P3Y      | -
            2021-11-23 | The siege may last two more weeks.             | two more weeks      | DURATION | P2W      | -
            2021-11-23 | In the 40 years since the war, much changed.   | the 40 years        | DURATION | P40Y     | -
            2021-11-23 | The audit covers a three-year period.          | a three-year period | DURATION | P3Y      | -
            2021-11-23 | Cases rose in the last twenty four hours.      | the last twenty four hours | DURATION | PT24H | -
            # "than" makes a comparison: the amount is a duration, not a date counted from the text
            2021-11-23 | The rains came a month earlier than usual.     | a month             | DURATION | P1M      | -
            # "over", "for", "within" before "the next decade" name a stretch of time
            2021-11-23 | Demand will double over the next decade.       | the next decade     | DURATION | P10Y     | -
            2021-11-23 | Exports rose for the past year.                | the past year       | DURATION | P1Y      | -
            # decades and centuries counted in years; quarters in months
            2021-11-23 | It was the worst drought in a decade.          | a decade            | DURATION | P10Y     | -
            2021-11-23 | The feud has lasted two centuries.             | two centuries       | DURATION | P200Y    | -
            2021-11-23 | Losses grew over the next three quarters.      | the next three quarters | DURATION | P9M  | -
            # "the", "current" and "last" with a unit
            2021-11-23 | Six cases were reported in the last week.      | the last week       | DATE     | 2021-W46 | -
            2021-11-23 | Sales slowed in the current quarter.           | the current quarter | DATE     | 2021-Q4  | -
            # business reporting: quarters and fiscal years
            2021-11-23 | The firm posted a third-quarter loss.          | third-quarter       | DATE     | 2021-Q3  | -
            2021-11-23 | Sales rose in the fiscal first quarter.        | the fiscal first quarter | DATE | 2021-Q1   | -
            2021-11-23 | Sales rose 4% in fiscal 2020.                  | fiscal 2020         | DATE     | 2020     | -
            2021-11-23 | The agency must cut spending this fiscal year. | this fiscal year    | DATE     | 2021     | -
            2021-11-23 | In the 2020 third quarter, sales fell.         | the 2020 third quarter | DATE  | 2020-Q3  | -
            # earlier and later with a day, and within the year
            2021-11-23 | Earlier Sunday, police cleared the square.     | Earlier Sunday      | DATE     | 2021-11-21 | -
            2021-11-23 | Rains delayed planting earlier in the year.    | earlier in the year | DATE     | 2021     | -
            2021-11-23 | Shelling resumed by mid afternoon.             | mid afternoon       | TIME     | 2021-11-23TAF | MID
            # a year written in words, as broadcasts are transcribed
            2021-11-23 | In nineteen ninety-six the dam burst.          | nineteen ninety-six | DATE     | 1996     | -
            2021-11-23 | The goal was set for the year two thousand.    | the year two thousand | DATE   | 2000     | -
            # a noun in -sis or -us after a year is singular: the number is a year; a capital "For" is no name
            2021-11-23 | He cited a 2009 analysis by the agency.        | 2009                | DATE     | 2009     | -
            2021-11-23 | For 2020, the firm earned $3 million.          | 2020                | DATE     | 2020     | -
            # named days of the year, anchored like a day of a month
            2021-11-23 | The ferry will not sail on Christmas Day.      | Christmas Day       | DATE     | 2021-12-25 | -
            2021-11-23 | The boy was rescued last Thanksgiving.         | last Thanksgiving   | DATE     | 2020-11-26 | -
            2021-11-23 | The strike began on New Year's Day.            | New Year's Day      | DATE     | 2021-01-01 | -
            # a date without a year: the tense decides within eight months, else the nearer one wins
            2021-10-29 | The firm said it expects to close the deal by Dec. 15. | Dec. 15   | DATE     | 2021-12-15 | -
            2021-10-29 | The bank raised its rates in March.            | March               | DATE     | 2021-03  | -
            2021-10-29 | The shares are payable Jan. 4.                 | Jan. 4              | DATE     | 2022-01-04 | -
            2021-11-23 | The envoys said they would meet in January.    | January             | DATE     | 2022-01  | -
            # a weekday without tense is the nearer one; "would" and "set to" point ahead, "next to" does not
            2021-11-26 | The two leaders meet separately Monday.        | Monday              | DATE     | 2021-11-29 | -
            2021-11-23 | He said the envoys would arrive Thursday.      | Thursday            | DATE     | 2021-11-25 | -
            2021-11-20 | Talks are set to resume Monday.                | Monday              | DATE     | 2021-11-22 | -
            2021-11-20 | Blasts struck next to the embassy on Friday.   | Friday              | DATE     | 2021-11-19 | -
            """)
    void followsTimeMl(LocalDate published, String sentence, String expression, Timex.Type type, String value,
                       String mod) {
        Timex t = only(sentence, published, expression);
        assertEquals(type, t.type(), "type");
        assertEquals(value, t.value(), "value");
        assertEquals(orNull(mod), t.mod(), "mod");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # two years written as one token are two expressions, each over its own characters
            The pandemic of 2009-2010 killed many.            | 2009=2009, 2010=2010
            The expedition of 1957-58 crossed the ice.        | 1957=1957, 58=1958
            # an amount sharing the unit of the duration after it is a duration of its own
            The buyback may take between 12 and 18 months.    | 12=P12M, 18 months=P18M
            Recovery takes two to six days.                   | two=P2D, six days=P6D
            # an age and a rate are not times
            The man, 52 years old, was arrested.              | -
            The plant earns $2 million a year.                | -
            Guards stood outside 24 hours a day.              | 24 hours=PT24H
            """)
    void splitsAndLeavesOutAsTimeMlDoes(String sentence, String expected) {
        List<String> found = times(sentence, PUBLISHED).stream().map(t -> t.text() + "=" + t.value()).toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(", ")), found);
    }
}
