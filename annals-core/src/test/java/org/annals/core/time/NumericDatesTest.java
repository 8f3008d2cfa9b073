package org.annals.core.time;

import static org.annals.core.time.Tagging.PUBLISHED;
import static org.annals.core.time.Tagging.orNull;
import static org.annals.core.time.Tagging.times;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.annals.core.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric dates: ISO order always, slashed dates month first unless the document shows day-first style. */
class NumericDatesTest {

    @ParameterizedTest(name = "{0} (day first: {1}) is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-11-23 | false | 2021-11-23
            2021/11/23 | false | 2021-11-23
            11/23/2021 | false | 2021-11-23
            11/23/21   | false | 2021-11-23
            3/5/98     | false | 1998-03-05
            23/11/2021 | false | 2021-11-23
            05/11/2021 | false | 2021-05-11
            05/11/2021 | true  | 2021-11-05
            23.11.2021 | false | 2021-11-23
            2021-13-45 | false | -
            13/13/2021 | false | -
            9/11       | false | -
            2020-21    | false | -
            """)
    void readsTheShapes(String token, boolean dayFirst, String value) {
        assertEquals(orNull(value), NumericDates.parse(token, dayFirst));
    }

    @Test
    void anUnambiguousDayFirstDateDecidesTheAmbiguousOnes() {
        List<Timex> ts = times("The first vote was on 23/11/2021 and the second on 05/11/2021.", PUBLISHED);
        assertEquals(List.of("2021-11-23", "2021-11-05"), ts.stream().map(Timex::value).toList());
    }

    @Test
    void withoutEvidenceTheUsOrderIsRead() {
        List<Timex> ts = times("The vote was on 05/11/2021.", PUBLISHED);
        assertEquals(List.of("2021-05-11"), ts.stream().map(Timex::value).toList());
    }
}
