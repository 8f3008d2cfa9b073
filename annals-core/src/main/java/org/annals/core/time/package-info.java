/**
 * The temporal tagger: finds dates, times, durations and sets in each sentence, normalises them to TIMEX3
 * values ({@code 2021-11-23}, {@code 2020-12}, {@code P2Y}, {@code XXXX-10-07}) and anchors relative ones
 * ("on Tuesday", "last week", "October 7") to the publication date, in the direction the sentence's tense
 * points.
 *
 * <p>{@link org.annals.core.time.TimeTagger} is the stage. Its knowledge is in two reviewable resources,
 * compiled once: {@code lexicon.tsv} (words and phrases with their roles: month names, units, modifiers,
 * tense cues, ...) and {@code patterns.txt} (rules that combine roles into expressions). Inside, the
 * {@code Classifier} gives tokens their roles, the {@code Grammar} and {@code Matcher} find rule matches,
 * the {@code Interpreter} turns a match into a value or a relative rule, and
 * {@link org.annals.core.time.Anchoring} resolves a relative rule against an anchor date: the tagger with
 * the publication date (or, for "the next day", "a year earlier", the latest date the text gave before),
 * later stages with any other date. Where English leaves a choice the tagger follows the TimeML annotation
 * guidelines (what an extent holds, how a value is written), as TempEval-3 scores them; see
 * {@code TimeMlConventionsTest}.
 */
package org.annals.core.time;
