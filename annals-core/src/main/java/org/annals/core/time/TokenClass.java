package org.annals.core.time;

/**
 * The roles a token, or a short run of tokens, can play in a temporal expression. The lexicon assigns the
 * first group by word; {@link Classifier} computes the last group from a token's shape and its neighbours.
 * Grammar rules ({@code patterns.txt}) are written with these names.
 */
enum TokenClass {
    /** a month name ({@code November}, {@code Nov.}); value: 1..12 */
    MONTH,
    /** a day of the week; value: ISO number, Monday = 1 */
    WEEKDAY,
    /** a unit of time ({@code year}, {@code hours}); value: Y M W WE D Q DE CE H MIN S */
    UNIT,
    /** {@code early}, {@code mid}, {@code late} before a period; value: START, MID, END */
    MOD,
    /** {@code beginning}, {@code middle}, {@code end} of a period; value: START, MID, END */
    MODNOUN,
    /** {@code more than}, {@code at least} before an amount, inside a duration's extent; value: a TIMEX3 mod */
    QMOD,
    /**
     * {@code about}, {@code nearly} before an amount: outside a duration's extent (TimeML tags "about [three
     * days]"), inside a date counted back ("about two years ago"); value: a TIMEX3 mod
     */
    APPROX,
    /** {@code last}, {@code this}, {@code next}: a shift from the writer's now; value: -1, 0, 1 */
    SHIFT,
    /** {@code previous}, {@code same}, {@code following}: a shift from a date in the text; value: -1, 0, 1 */
    ASHIFT,
    /** {@code ago} */
    AGO,
    /** {@code later} (1) or {@code earlier} (-1) after an amount of time */
    LATER,
    /** {@code today}, {@code yesterday}, {@code tomorrow}; value: the offset in days */
    DEICTIC,
    /** {@code now}, {@code recently}, {@code the future}; value: PRESENT_REF, PAST_REF, FUTURE_REF */
    REF,
    /** {@code daily}, {@code weekly}; value: the TIMEX3 period */
    SETWORD,
    /** {@code every}, {@code each} */
    EVERY,
    /** {@code morning}, {@code night}; value: MO, AF, EV, NI */
    POD,
    /** {@code a.m.}, {@code pm}; value: AM or PM */
    AMPM,
    /** a time zone after a clock time ({@code GMT}, {@code local time}) */
    ZONE,
    /** {@code spring}, {@code summer}, {@code autumn}, {@code winter}; value: SP, SU, FA, WI */
    SEASON,
    /**
     * a named day of the year ({@code Christmas}, {@code New Year's Day}, {@code Thanksgiving}); value:
     * {@code MM-DD}, or {@code MM-N-D} for the N-th weekday D of a month
     */
    HOLIDAY,
    /** an ordinal ({@code 20th}, {@code first}); value: the number */
    ORDINAL,
    /** a time of day ({@code 10:30}, {@code 10 a.m.}, {@code noon}); value: HH:MM */
    CLOCK,
    /** an amount ({@code 48}, {@code two}, {@code twenty-five}, {@code a few}); value: a number or X */
    QTY,

    /** a preposition that makes a following number a year; value: strong or weak */
    YEARPREP,
    /** a noun that makes a number before it an amount ({@code people}, {@code tonnes}) */
    COUNTNOUN,
    /** a word after which a number is a label ({@code Resolution 1973}) */
    NUMBERING,
    /** a determiner or possessive */
    DET,
    /** a lower-case word ending in -s that is not a plural noun */
    NOTPLURAL,
    /** a tense cue; value: PAST or FUTURE */
    TENSE,
    /** a form of "be" that makes a following participle passive */
    BE,
    /** a word ending in -ed that is not a past form */
    NOTPAST,

    /** computed: any token written in digits ({@code 358,000}, {@code 3}) */
    NUM,
    /** computed: a day of the month (1..31, {@code 23rd}); value: the day */
    DAY,
    /** computed: a four-digit year the context reads as a year; value: the year */
    YEAR,
    /** computed: any four-digit number 1000..2099 not followed by a count noun; value: the year */
    YEARNUM,
    /** computed: a numeric date ({@code 2021-11-23}, {@code 11/23/2021}); value: yyyy-mm-dd */
    NUMDATE,
    /** computed: a decade ({@code 1990s}, {@code '90s}, {@code 1990's}); value: the TIMEX3 decade (199) */
    DECADE,
    /**
     * computed: two years written as one token ({@code 2009-2010}, {@code 1957-58}) where the context reads
     * years; value: the two years, a space apart ({@code "1957 1958"})
     */
    YEARRANGE,
    /** computed: a singular unit */
    UNIT1,
    /** computed: a plural unit */
    UNITS;

    /** The slot a captured value fills: the singular and plural units fill UNIT, and so on. */
    TokenClass slot() {
        return switch (this) {
            case UNIT1, UNITS -> UNIT;
            case YEARNUM -> YEAR;
            case MODNOUN -> MOD;
            case ASHIFT -> SHIFT;
            case APPROX -> QMOD;
            default -> this;
        };
    }
}
