package org.annals.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.EntityType;
import org.annals.core.model.Event;
import org.annals.core.model.Mention;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Quote;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Timex;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Stage;

/**
 * Codes events with a shallow pattern coder in the TABARI tradition, no parse: the pattern dictionary finds
 * triggers; the source is the nearest actor before the trigger that is not inside a prepositional phrase (a
 * possessive before a noun trigger, {@code Putin's trip}, comes first; {@code we} and {@code I} in a quote or
 * a transcript turn are its speaker; {@code the two leaders} are the two main people of the article); the
 * target is the first actor after the trigger, after the preposition the pattern names where it names one;
 * the place is a location after {@code in}/{@code at} (or {@code to} for visits); the date is the sentence's
 * own time expression. Negation is marked; cooperation in the future tense becomes AGREE, as PLOVER says. A
 * definite noun trigger without actors ({@code the meeting}) refers back to the last event of its type and
 * completes it instead of making a new one.
 */
public final class EventCoder implements Stage {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "of", "to", "from", "with", "by",
            "for", "during", "since", "into", "over", "about", "after", "before", "between", "against", "under",
            "among", "through", "like", "including", "near", "across", "toward", "towards", "via", "per", "than",
            "within", "without", "amid", "despite");
    private static final Set<String> SKIP_BEFORE_MENTION = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "us");
    private static final Set<String> PAIR_WORDS = Set.of("leaders", "presidents", "sides", "ministers", "heads",
            "counterparts", "men");
    private static final Set<String> PLACE_NOUNS = Set.of("resort", "city", "town", "village", "capital",
            "region", "province", "port");
    private static final Set<String> TO_FUTURE = Set.of("plan", "plans", "planned", "intends", "intend",
            "intention", "expected", "due", "set", "scheduled");

    private final PatternDictionary dict;

    public EventCoder(PatternDictionary dict) {
        this.dict = dict;
    }

    public EventCoder() {
        this(PatternDictionary.builtin());
    }

    @Override
    public Analysis apply(Analysis a) {
        return a.withEvents(new Doc(a).code());
    }

    private final class Doc {
        final Analysis a;
        final List<Token> ts;
        final int[] mentionAt;
        final Map<String, Actor> actors = new HashMap<>();
        final List<Event> events = new ArrayList<>();
        final Map<Integer, List<String>> pending = new HashMap<>();

        Doc(Analysis a) {
            this.a = a;
            this.ts = a.tokens();
            this.mentionAt = new int[ts.size()];
            java.util.Arrays.fill(mentionAt, -1);
            for (int m = 0; m < a.mentions().size(); m++) {
                Span sp = a.mentions().get(m).span();
                for (int t = firstToken(sp.start()); t < ts.size() && ts.get(t).start() < sp.end(); t++) {
                    mentionAt[t] = m;
                }
            }
            for (Actor ac : a.actors()) {
                actors.put(ac.id(), ac);
            }
        }

        int firstToken(int offset) {
            int lo = 0;
            int hi = ts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ts.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        List<Event> code() {
            String ledeDate = ledeDate();
            int bodySentence = 0;
            for (Sentence s : a.sentences()) {
                boolean body = kindAt(s.span().start()) == Block.Kind.BODY;
                if (body) {
                    bodySentence++;
                }
                for (PatternDictionary.Found f : dict.find(ts, s.firstToken(), s.endToken())) {
                    code(s, f, body && bodySentence <= 3 ? ledeDate : null);
                }
            }
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                out.add(new Event("e" + (out.size() + 1), e.type(), e.mode(), e.cameo(), e.source(), e.target(),
                        e.date(), e.time(), e.place(), e.trigger(), e.span(), e.negated(), e.confidence()));
            }
            return out;
        }

        private void code(Sentence s, PatternDictionary.Found f, String ledeDate) {
            Pattern p = f.pattern();
            int trig = f.trigger();
            String type = p.type();
            String mode = p.mode();
            String cameo = p.cameo();
            if (type.equals("CONSULT") && spanHasPhoneWord(f)) {
                mode = "phone";
                cameo = "041";
            }
            boolean negated = !p.elements().contains("not") && before(s, trig, 3, NEGATIONS);
            if (isFuture(s, trig) && Set.of("CONSULT", "COOPERATE", "AID", "SUPPORT").contains(type)) {
                type = "AGREE";
                mode = null;
                cameo = "030";
            }
            List<String> source = "speaker".equals(p.roles().get("source")) ? speakerList(trig) : source(s, f);
            List<String> target = target(s, f, source);
            if (type.equals("AID") && target.isEmpty()) {
                target = recentCountryActor(s, source);
            }
            if (p.elements().get(0).equals("host")) {
                List<String> swap = source;
                source = target;
                target = swap;
            }
            String place = place(s, f);
            Timex time = time(s, trig);
            String date = time == null ? ledeDate : time.calendarDate();
            Span trigger = new Span(ts.get(trig).start(), ts.get(f.end()).end());
            boolean definite = p.noun() && trig > s.firstToken()
                    && DEFINITE.contains(ts.get(trig - 1).text().toLowerCase(Locale.ROOT));
            if (source.isEmpty() && target.isEmpty()) {
                if (definite || p.noun()) {
                    complete(type, place, time, date);
                }
                return;
            }
            Event merged = sameSentenceEvent(s, type, source);
            if (merged != null) {
                events.set(events.indexOf(merged), fill(merged, target, place, time, date));
                return;
            }
            double confidence = 0.5 + (source.isEmpty() ? 0 : 0.2) + (target.isEmpty() ? 0 : 0.2)
                    + (p.weight() > 1 ? 0.1 : 0);
            events.add(new Event(null, type, mode, cameo, source, target, date, time == null ? null : time.id(),
                    place, trigger, s.span(), negated, Math.min(1.0, confidence)));
        }

        // ---- source ------------------------------------------------------------------------------

        private List<String> source(Sentence s, PatternDictionary.Found f) {
            int trig = f.trigger();
            // a possessive before a noun trigger: "Putin's trip", "his meeting"
            if (f.pattern().noun() && trig > s.firstToken()) {
                int k = trig - 1;
                while (k > s.firstToken() && isModifier(ts.get(k))) {
                    k--;
                }
                if (ts.get(k).is("'s") && k > s.firstToken() && mentionAt[k - 1] >= 0) {
                    return List.of(actorOf(mentionAt[k - 1]));
                }
                if (mentionAt[k] >= 0 && POSSESSIVE_PRONOUNS.contains(ts.get(k).text().toLowerCase(Locale.ROOT))) {
                    return List.of(actorOf(mentionAt[k]));
                }
            }
            for (int t = trig - 1; t >= s.firstToken(); t--) {
                int m = mentionAt[t];
                if (m < 0) {
                    String w = ts.get(t).text().toLowerCase(Locale.ROOT);
                    if (FIRST_PERSON.contains(w)) {
                        List<String> sp = speakerList(t);
                        if (!sp.isEmpty()) {
                            return sp;
                        }
                    }
                    if (PAIR_WORDS.contains(w)) {
                        List<String> pair = mainPair();
                        if (!pair.isEmpty()) {
                            return pair;
                        }
                    }
                    continue;
                }
                int start = startOfMention(t);
                if (inPhrase(s, start) || isPossessivePronoun(m)) {
                    t = start;
                    continue;
                }
                Set<String> out = new LinkedHashSet<>();
                out.add(actorOf(m));
                // coordinated subjects: "X and Y", "X-Y"
                int k = start - 1;
                while (k > s.firstToken() && (ts.get(k).is("and") || ts.get(k).is("-") || ts.get(k).is(","))
                        && mentionAt[k - 1] >= 0) {
                    int other = startOfMention(k - 1);
                    out.add(actorOf(mentionAt[k - 1]));
                    k = other - 1;
                }
                List<String> list = new ArrayList<>(out);
                java.util.Collections.reverse(list);
                return list;
            }
            return List.of();
        }

        private boolean isModifier(Token t) {
            return t.isWord() && !t.is("'s") && Character.isLowerCase(t.text().charAt(0))
                    && !POSSESSIVE_PRONOUNS.contains(t.text()) && !PREPOSITIONS.contains(t.text())
                    && !DEFINITE.contains(t.text());
        }

        private int startOfMention(int t) {
            int m = mentionAt[t];
            int k = t;
            while (k > 0 && mentionAt[k - 1] == m) {
                k--;
            }
            return k;
        }

        /** True when the mention starting at token {@code start} sits after a preposition. */
        private boolean inPhrase(Sentence s, int start) {
            int k = start - 1;
            while (k >= s.firstToken() && (SKIP_BEFORE_MENTION.contains(ts.get(k).text().toLowerCase(Locale.ROOT))
                    || isAdjectiveLike(k))) {
                k--;
            }
            return k >= s.firstToken() && PREPOSITIONS.contains(ts.get(k).text().toLowerCase(Locale.ROOT));
        }

        private boolean isAdjectiveLike(int k) {
            // capitalised words of a title before a name ("Foreign Minister") belong to the name
            Token t = ts.get(k);
            return t.isWord() && t.isCapitalized() && mentionAt[k] < 0;
        }

        private boolean isPossessivePronoun(int m) {
            Mention mention = a.mentions().get(m);
            return mention.kind() == MentionKind.PRONOUN
                    && POSSESSIVE_PRONOUNS.contains(mention.text().toLowerCase(Locale.ROOT));
        }

        /** The speaker of the quote or turn that holds token {@code t}, as a list. */
        private List<String> speakerList(int t) {
            int offset = ts.get(t).start();
            for (Quote q : a.quotes()) {
                if (q.span().contains(offset) && q.speaker() != null) {
                    return List.of(q.speaker());
                }
            }
            return List.of();
        }

        /** The two people the article is most about, when they are of different countries. */
        private List<String> mainPair() {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : a.mentions()) {
                if (m.type() == EntityType.PERSON && m.actor() != null) {
                    counts.merge(m.actor(), 1, Integer::sum);
                }
            }
            List<String> people = new ArrayList<>(counts.keySet());
            people.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id));
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size() && j < 4; j++) {
                    String ci = country(people.get(i));
                    String cj = country(people.get(j));
                    if (ci != null && cj != null && !ci.equals(cj)) {
                        return List.of(people.get(i), people.get(j));
                    }
                }
            }
            return List.of();
        }

        // ---- target ------------------------------------------------------------------------------

        private List<String> target(Sentence s, PatternDictionary.Found f, List<String> source) {
            String prep = f.pattern().roles().get("target");
            Set<String> out = new LinkedHashSet<>();
            for (int t = f.end() + 1; t < s.endToken(); t++) {
                Token tok = ts.get(t);
                if (tok.is(";")) {
                    break;
                }
                int m = mentionAt[t];
                if (m < 0) {
                    if (tok.text().equalsIgnoreCase("you") && out.isEmpty()) {
                        String other = otherSpeaker(t);
                        if (other != null) {
                            out.add(other);
                            break;
                        }
                    }
                    continue;
                }
                int start = t;
                while (t + 1 < s.endToken() && mentionAt[t + 1] == m) {
                    t++;
                }
                String id = actorOf(m);
                if (isPossessivePronoun(m) || source.contains(id) || isPlace(id)) {
                    continue;
                }
                String before = prepositionBefore(s, start);
                boolean ok = prep != null ? prep.equals(before) || (before == null && !prep.equals("to"))
                        : before == null || before.equals("with") || before.equals("to") || before.equals("against");
                if (!ok) {
                    continue;
                }
                out.add(id);
                // "with X and Y"
                if (t + 2 < s.endToken() && ts.get(t + 1).is("and") && mentionAt[t + 2] >= 0) {
                    String next = actorOf(mentionAt[t + 2]);
                    if (!source.contains(next) && !isPlace(next)) {
                        out.add(next);
                    }
                }
                break;
            }
            return new ArrayList<>(out);
        }

        private String prepositionBefore(Sentence s, int start) {
            int k = start - 1;
            while (k >= s.firstToken() && (SKIP_BEFORE_MENTION.contains(ts.get(k).text().toLowerCase(Locale.ROOT))
                    || isAdjectiveLike(k))) {
                k--;
            }
            if (k < s.firstToken()) {
                return null;
            }
            String w = ts.get(k).text().toLowerCase(Locale.ROOT);
            return PREPOSITIONS.contains(w) ? w : null;
        }

        /** In a transcript turn, "you" is the other speaker of a two-person transcript. */
        private String otherSpeaker(int t) {
            List<String> me = speakerList(t);
            if (me.isEmpty()) {
                return null;
            }
            Set<String> speakers = new LinkedHashSet<>();
            for (Quote q : a.quotes()) {
                if (q.kind() == Quote.Kind.TURN && q.speaker() != null) {
                    speakers.add(q.speaker());
                }
            }
            speakers.remove(me.get(0));
            return speakers.size() == 1 ? speakers.iterator().next() : null;
        }

        /** The last country-level actor of the sentences before, other than the source's country ("there"). */
        private List<String> recentCountryActor(Sentence s, List<String> source) {
            Set<String> sourceCountries = new java.util.HashSet<>();
            for (String id : source) {
                sourceCountries.add(country(id));
            }
            for (int i = a.mentions().size() - 1; i >= 0; i--) {
                Mention m = a.mentions().get(i);
                if (m.span().start() >= s.span().start() || m.span().start() < s.span().start() - 600) {
                    continue;
                }
                Actor ac = actors.get(m.actor());
                if (ac != null && ac.kb() != null && ac.kb().startsWith("countries/")
                        && !sourceCountries.contains(ac.country())) {
                    return List.of(ac.id());
                }
            }
            return List.of();
        }

        // ---- place and time ----------------------------------------------------------------------

        private String place(Sentence s, PatternDictionary.Found f) {
            boolean to = "to".equals(f.pattern().roles().get("place"));
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean bestIsCountry = true;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                int m = mentionAt[t];
                if (m < 0 || (t > 0 && mentionAt[t - 1] == m)) {
                    continue;
                }
                String id = actorOf(m);
                Actor ac = actors.get(id);
                if (ac == null || ac.type() != EntityType.LOCATION) {
                    continue;
                }
                String before = prepositionBefore(s, t);
                boolean placeOf = before != null && before.equals("of") && t >= 2
                        && PLACE_NOUNS.contains(ts.get(t - 2).text().toLowerCase(Locale.ROOT));
                if (!("in".equals(before) || "at".equals(before) || placeOf || (to && "to".equals(before)))) {
                    continue;
                }
                boolean isCountry = ac.kb() != null && ac.kb().startsWith("countries/");
                int distance = Math.abs(t - f.trigger());
                if (best == null || (bestIsCountry && !isCountry)
                        || (bestIsCountry == isCountry && distance < bestDistance)) {
                    best = id;
                    bestDistance = distance;
                    bestIsCountry = isCountry;
                }
            }
            return best;
        }

        private Timex time(Sentence s, int trig) {
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Timex t : a.times()) {
                if (!s.span().contains(t.span()) || t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET) {
                    continue;
                }
                int d = Math.abs(t.span().start() - ts.get(trig).start());
                if (d < bestDistance) {
                    best = t;
                    bestDistance = d;
                }
            }
            return best;
        }

        /** The first full date of the article's first body sentences: the date of the news it reports. */
        private String ledeDate() {
            int seen = 0;
            for (Sentence s : a.sentences()) {
                if (kindAt(s.span().start()) != Block.Kind.BODY) {
                    continue;
                }
                if (++seen > 2) {
                    break;
                }
                for (Timex t : a.times()) {
                    if (s.span().contains(t.span()) && t.type() == Timex.Type.DATE && t.value() != null
                            && t.value().length() == 10 && t.calendarDate() != null) {
                        return t.value();
                    }
                }
            }
            return null;
        }

        // ---- helpers -------------------------------------------------------------------------------

        private void complete(String type, String place, Timex time, String date) {
            for (int i = events.size() - 1; i >= 0; i--) {
                Event e = events.get(i);
                if (e.type().equals(type)) {
                    events.set(i, fill(e, List.of(), place, time, date));
                    return;
                }
            }
        }

        private Event fill(Event e, List<String> moreTargets, String place, Timex time, String date) {
            List<String> target = new ArrayList<>(e.target());
            for (String t : moreTargets) {
                if (!target.contains(t) && !e.source().contains(t)) {
                    target.add(t);
                }
            }
            return new Event(e.id(), e.type(), e.mode(), e.cameo(), e.source(), target,
                    e.date() != null ? e.date() : date, e.time() != null ? e.time() : time == null ? null : time.id(),
                    e.place() != null ? e.place() : place, e.trigger(), e.span(), e.negated(), e.confidence());
        }

        private Event sameSentenceEvent(Sentence s, String type, List<String> source) {
            for (Event e : events) {
                if (e.span().equals(s.span()) && e.type().equals(type) && e.source().containsAll(source)) {
                    return e;
                }
            }
            return null;
        }

        private boolean spanHasPhoneWord(PatternDictionary.Found f) {
            for (int t = f.trigger(); t <= f.end(); t++) {
                String w = ts.get(t).text().toLowerCase(Locale.ROOT);
                if (w.equals("phone") || w.startsWith("telephon") || w.equals("video") || w.startsWith("videoconf")) {
                    return true;
                }
            }
            return false;
        }

        private boolean before(Sentence s, int trig, int reach, Set<String> words) {
            for (int t = Math.max(s.firstToken(), trig - reach); t < trig; t++) {
                if (words.contains(ts.get(t).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isFuture(Sentence s, int trig) {
            if (before(s, trig, 3, FUTURE)) {
                return true;
            }
            // "plans to meet", "is due to visit", "his intention to discuss"
            return trig - 2 >= s.firstToken() && ts.get(trig - 1).is("to")
                    && TO_FUTURE.contains(ts.get(trig - 2).text().toLowerCase(Locale.ROOT));
        }

        private String actorOf(int m) {
            return a.mentions().get(m).actor();
        }

        private boolean isPlace(String id) {
            Actor ac = actors.get(id);
            return ac != null && ac.type() == EntityType.LOCATION && (ac.kb() == null || !ac.kb().startsWith("countries/"));
        }

        private String country(String id) {
            Actor ac = actors.get(id);
            return ac == null ? null : ac.country();
        }

        private Block.Kind kindAt(int offset) {
            for (Block b : a.blocks()) {
                if (b.span().contains(offset)) {
                    return b.kind();
                }
            }
            return Block.Kind.BODY;
        }
    }
}
