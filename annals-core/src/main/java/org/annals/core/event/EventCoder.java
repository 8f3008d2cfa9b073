package org.annals.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * possessive before a noun trigger, {@code Boric's trip}, comes first; {@code we} and {@code I} in a quote or
 * a transcript turn are its speaker; {@code the two leaders} are the two main people of the article); the
 * target is the first actor after the trigger, after the preposition the pattern names where it names one;
 * the place is a location after {@code in}/{@code at} (or {@code to} for visits); the date is the sentence's
 * own time expression. Negation is marked; cooperation in the future tense becomes AGREE, as PLOVER says. A
 * definite noun trigger without actors ({@code the meeting}) refers back to the last event of its type and
 * completes it instead of making a new one.
 */
public final class EventCoder implements Stage {

    /** How far from its trigger an event's place may be told: further, it is another clause's. */
    private static final int PLACE_REACH = 15;

    /** How far after an unanchored event noun its place may be told ("the talks took place in Doha"). */
    private static final int COMPLETION_REACH = 12;

    /** The words of the coder's rules, by class: see {@code event-words.tsv}, where each class is told. */
    private static final EventWords WORDS = EventWords.STANDARD;

    private static final long COMITATIVE = EventWords.bit(EventWords.Class.COMITATIVE);
    private static final long PREPOSITIONS = EventWords.bit(EventWords.Class.PREPOSITIONS);
    private static final long SKIP_BEFORE_MENTION = EventWords.bit(EventWords.Class.SKIP_BEFORE_MENTION);
    private static final long POSSESSIVE_PRONOUNS = EventWords.bit(EventWords.Class.POSSESSIVE_PRONOUNS);
    private static final long NEGATIONS = EventWords.bit(EventWords.Class.NEGATIONS);
    private static final long FUTURE = EventWords.bit(EventWords.Class.FUTURE);
    private static final long DEFINITE = EventWords.bit(EventWords.Class.DEFINITE);
    private static final long FIRST_PERSON = EventWords.bit(EventWords.Class.FIRST_PERSON);
    private static final long PAIR_WORDS = EventWords.bit(EventWords.Class.PAIR_WORDS);
    private static final long PLACE_NOUNS = EventWords.bit(EventWords.Class.PLACE_NOUNS);
    private static final long BORDERS = EventWords.bit(EventWords.Class.BORDERS);
    private static final long HYPOTHETICAL = EventWords.bit(EventWords.Class.HYPOTHETICAL);
    private static final long REFUSING = EventWords.bit(EventWords.Class.REFUSING);
    private static final long OBJECT_PRONOUNS = EventWords.bit(EventWords.Class.OBJECT_PRONOUNS);
    private static final long TARGET_PREPOSITIONS = EventWords.bit(EventWords.Class.TARGET_PREPOSITIONS);
    private static final long DEPARTURES = EventWords.bit(EventWords.Class.DEPARTURES);
    private static final long JOURNEYS = EventWords.bit(EventWords.Class.JOURNEYS);
    private static final long ALLEGING = EventWords.bit(EventWords.Class.ALLEGING);
    private static final long WEAPONS = EventWords.bit(EventWords.Class.WEAPONS);
    private static final long QUANTIFIERS = EventWords.bit(EventWords.Class.QUANTIFIERS);
    private static final long PARTS_OF_PLACES = EventWords.bit(EventWords.Class.PARTS_OF_PLACES);
    private static final long BE = EventWords.bit(EventWords.Class.BE);
    private static final long STANCE_PARTICIPLES = EventWords.bit(EventWords.Class.STANCE_PARTICIPLES);
    private static final Set<String> AUTHORITIES = WORDS.of(EventWords.Class.AUTHORITIES);
    private static final long STATEMENT_NOUNS = EventWords.bit(EventWords.Class.STATEMENT_NOUNS);
    private static final long ISSUING_VERBS = EventWords.bit(EventWords.Class.ISSUING_VERBS);
    private static final Set<String> DOMESTIC = WORDS.of(EventWords.Class.DOMESTIC);
    private static final Set<String> FROM_BELOW = WORDS.of(EventWords.Class.FROM_BELOW);
    private static final Set<String> INSIDERS = WORDS.of(EventWords.Class.INSIDERS);
    private static final Set<String> CROWD_ROLES = WORDS.of(EventWords.Class.CROWD_ROLES);
    private static final long BODY_NOUNS = EventWords.bit(EventWords.Class.BODY_NOUNS);
    private static final long RULER_NOUNS = EventWords.bit(EventWords.Class.RULER_NOUNS);
    private static final long CIVILIANS = EventWords.bit(EventWords.Class.CIVILIANS);
    private static final long UNATTRIBUTED = EventWords.bit(EventWords.Class.UNATTRIBUTED);
    private static final long COUNT_WORDS = EventWords.bit(EventWords.Class.COUNT_WORDS);
    private static final long RELATIVE = EventWords.bit(EventWords.Class.RELATIVE);
    private static final long CLAUSE_OPENERS = EventWords.bit(EventWords.Class.CLAUSE_OPENERS);
    private static final long BETWEEN_SUBJECT_AND_VERB = EventWords.bit(EventWords.Class.BETWEEN_SUBJECT_AND_VERB);
    private static final long LIGHT_VERBS = EventWords.bit(EventWords.Class.LIGHT_VERBS);
    private static final Set<String> PLACE_NO_RECIPIENT = WORDS.of(EventWords.Class.PLACE_NO_RECIPIENT);
    private static final Set<String> THING_HEADS = WORDS.of(EventWords.Class.THING_HEADS);
    private static final long MONTH_WORDS = EventWords.bit(EventWords.Class.MONTH_WORDS);
    private static final long SAID = EventWords.bit(EventWords.Class.SAID);
    private static final long MADE = EventWords.bit(EventWords.Class.MADE);
    private static final long PARTICLES = EventWords.bit(EventWords.Class.PARTICLES);
    private static final long REPORTING = EventWords.bit(EventWords.Class.REPORTING);
    private static final long OWN_POSSESSIVES = EventWords.bit(EventWords.Class.OWN_POSSESSIVES);
    private static final Set<String> RECIPIENT_REQUIRED = WORDS.of(EventWords.Class.RECIPIENT_REQUIRED);
    private static final Set<String> VERBAL = WORDS.of(EventWords.Class.VERBAL);
    private static final Set<String> PROMISED = WORDS.of(EventWords.Class.PROMISED);
    /** How far before a noun trigger its light verb may be ("held a round of detailed talks"). */
    private static final int LIGHT_VERB_REACH = 8;
    /** How far after its trigger a target may be, in tokens. */
    private static final int TARGET_REACH = 12;
    private static final long TO_FUTURE = EventWords.bit(EventWords.Class.TO_FUTURE);
    private static final long ASPECT_VERBS = EventWords.bit(EventWords.Class.ASPECT_VERBS);
    private static final long OWN_ACT_NOUNS = EventWords.bit(EventWords.Class.OWN_ACT_NOUNS);
    private static final long THIRD_PARTY_VERBS = EventWords.bit(EventWords.Class.THIRD_PARTY_VERBS);
    private static final long BACKER_HALVES = EventWords.bit(EventWords.Class.BACKER_HALVES);
    private static final long RELUCTANCE = EventWords.bit(EventWords.Class.RELUCTANCE);
    private static final long JOINT = EventWords.bit(EventWords.Class.JOINT);
    private static final long MEANS = EventWords.bit(EventWords.Class.MEANS);

    private final PatternDictionary dict;

    /** The bit that marks a token's word classes as read: no class has it ({@link EventWords.Class}). */
    private static final long READ = Long.MIN_VALUE;

    /** True when {@code w} is a word of one of {@code classes} (bits of them): for words that are no token's. */
    private static boolean isWordOf(String w, long classes) {
        return (WORDS.bits(w) & classes) != 0;
    }

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
        final Map<String, Actor> actors;
        final List<Event> events = new ArrayList<>();
        /** The triggers of every pattern found in the current sentence. */
        private final Set<Integer> triggers = new HashSet<>();
        /** The source of the event coded at each trigger of the current sentence. */
        private final Map<Integer, List<String>> sourceAt = new HashMap<>();
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
            // sized for all of them at once, not grown put by put
            this.actors = new HashMap<>(a.actors().size() * 4 / 3 + 1);
            for (Actor ac : a.actors()) {
                actors.put(ac.id(), ac);
            }
            this.word = new long[ts.size()];
            this.lemmaWord = new long[ts.size()];
            this.inTimex = new boolean[ts.size()];
            for (Timex t : a.times()) {
                for (int k = firstToken(t.span().start()); k < ts.size() && ts.get(k).start() < t.span().end(); k++) {
                    inTimex[k] = true;
                }
            }
        }

        final boolean[] inTimex;
        /**
         * The word classes of each token's lower-case form ({@link EventWords#bits}) with {@link #READ}, read
         * when first asked (0 until then): most tokens are never asked.
         */
        private final long[] word;
        /** The word classes of any lemma of each token, with {@link #READ}, read when first asked. */
        private final long[] lemmaWord;

        /** True when token {@code k}, in lower case, is a word of one of {@code classes} (bits of them). */
        private boolean is(int k, long classes) {
            long bits = word[k];
            if (bits == 0) {
                bits = WORDS.bits(ts.get(k).lower()) | READ;
                word[k] = bits;
            }
            return (bits & classes) != 0;
        }

        /** True when a lemma of token {@code k} ("held": hold) is a word of one of {@code classes}. */
        private boolean lemmaIs(int k, long classes) {
            long bits = lemmaWord[k];
            if (bits == 0) {
                bits = READ;
                for (String c : dict.lemmas(ts.get(k).lower())) {
                    bits |= WORDS.bits(c);
                }
                lemmaWord[k] = bits;
            }
            return (bits & classes) != 0;
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
                Block.Kind kind = kindAt(s.span().start());
                if (kind == Block.Kind.TITLE || kind == Block.Kind.HEADER) {
                    continue;
                }
                boolean body = kind == Block.Kind.BODY;
                if (body) {
                    bodySentence++;
                }
                int first = events.size();
                List<PatternDictionary.Found> found = dict.find(ts, s.firstToken(), s.endToken(), namesOf(s));
                triggers.clear();
                sourceAt.clear();
                for (PatternDictionary.Found f : found) {
                    triggers.add(f.trigger());
                }
                for (PatternDictionary.Found f : found) {
                    if ((canTrigger(s, f.trigger()) || weaponOfActor(f)) && !matchesATime(f)
                            && !wordOfALongerPattern(f, found)) {
                        code(s, f, body && bodySentence <= 3 ? ledeDate : null);
                    }
                }
                shareWithinSentence(first);
            }
            String dateline = datelinePlace();
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                // "BEIJING (Wire) - Chinese police detained ...": an event of the dateline's country with no place
                // of its own happened where the report was filed
                String place = e.place() == null && dateline != null && ofCountry(e, country(dateline)) ? dateline
                        : e.place();
                out.add(new Event("e" + (out.size() + 1), e.type(), e.mode(), e.cameo(), e.source(), e.target(),
                        e.date(), e.time(), place, e.trigger(), e.span(), e.negated(), e.confidence()));
            }
            return out;
        }

        /**
         * The subject before the first word the pattern wants before its verb ("X noted that Y regretted" for
         * "NOTED + *": X), or an empty list.
         */
        private List<String> subjectBeforePattern(Sentence s, PatternDictionary.Found f) {
            List<String> words = f.pattern().before().stream().filter(w -> !w.equals("*")).toList();
            if (words.isEmpty()) {
                return List.of();
            }
            for (int k = f.trigger() - 1; k > s.firstToken(); k--) {
                if (ts.get(k).lower().equals(words.get(0))) {
                    int j = k - 1;
                    while (j >= s.firstToken() && skippable(j)) {
                        j--;
                    }
                    return j >= s.firstToken() ? subjectAt(s, j) : List.of();
                }
            }
            return List.of();
        }

        /**
         * True when the trigger of {@code f} is a word that a pattern of more words, triggered later in the clause,
         * wants before its own verb: in "indicated it should have acted", "indicated * should * [act]" holds
         * "should", which then triggers nothing of its own.
         */
        private boolean wordOfALongerPattern(PatternDictionary.Found f, List<PatternDictionary.Found> found) {
            String w = ts.get(f.trigger()).lower();
            for (PatternDictionary.Found g : found) {
                if (g.trigger() > f.trigger() && g.pattern().before().contains(w)
                        && g.pattern().weight() > f.pattern().weight()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a word of the pattern is a month written as a month, inside a time: "began in March 2022" is no
         * protest march. ("May Day" is matched as a whole, a holiday some patterns name.)
         */
        private boolean matchesATime(PatternDictionary.Found f) {
            for (int t : f.matched()) {
                if (inTimex[t] && is(t, MONTH_WORDS) && ts.get(t).isCapitalized()
                        && !f.took(t + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when a noun that acts ("a drone strike killed") is the last word of an actor described by it ("an
         * Israeli drone"): the actor's weapon, whose act is the actor's.
         */
        private boolean weaponOfActor(PatternDictionary.Found f) {
            int t = f.trigger();
            return f.pattern().subject() && mentionAt[t] >= 0 && !inTimex[t]
                    && a.mentions().get(mentionAt[t]).kind() == MentionKind.NOMINAL
                    && (t + 1 >= ts.size() || mentionAt[t + 1] != mentionAt[t]);
        }

        /**
         * The tokens of the sentence that are words of a name of several words, but its last ("World Food" of
         * "World Food Programme"), indexed from the sentence's first token; null when there is none.
         */
        private boolean[] namesOf(Sentence s) {
            boolean[] named = null;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                int m = mentionAt[t];
                if (m < 0 || a.mentions().get(m).kind() != MentionKind.NAME) {
                    continue;
                }
                // (its last word is the name's head, which a pattern may name: "closed the Virtue Party")
                if (t + 1 < s.endToken() && mentionAt[t + 1] == m) {
                    if (named == null) {
                        named = new boolean[s.endToken() - s.firstToken()];
                    }
                    named[t - s.firstToken()] = true;
                }
            }
            return named;
        }

        /** A name or a date is not a verb: "March" the month, "Rally" in a party's name. */
        private boolean canTrigger(Sentence s, int t) {
            if (mentionAt[t] >= 0 || inTimex[t]) {
                return false;
            }
            return t == s.firstToken() || !ts.get(t).isCapitalized();
        }

        private void code(Sentence s, PatternDictionary.Found f, String ledeDate) {
            Pattern p = f.pattern();
            int trig = f.trigger();
            // "would respond to any American attack": an act that may never happen is none
            if (hypothetical(s, trig)) {
                return;
            }
            String type = p.type();
            String mode = p.mode();
            String cameo = p.cameo();
            if (type.equals("CONSULT") && spanHasPhoneWord(f)) {
                mode = "phone";
                cameo = "041";
            }
            // "would not hesitate to strike" announces the strike
            boolean reluctanceDenied = trig - 2 >= s.firstToken() && ts.get(trig - 1).is("to")
                    && is(trig - 2, RELUCTANCE);
            // (a pattern that takes the negation itself says what it means: "no question of talks")
            boolean negated = !p.elements().contains("not") && !p.before().contains("no")
                    && before(s, trig, 3, NEGATIONS) && !reluctanceDenied;
            if (isFuture(s, trig) && PROMISED.contains(type)) {
                type = "AGREE";
                mode = null;
                cameo = "030";
            }
            // "Baghdad would not allow the inspectors back", "will not attend the talks": a refusal announced (PLOVER:
            // REJECT), not a promise denied
            if (negated && before(s, trig, 3, REFUSING) && (type.equals("AGREE") || type.equals("CONCEDE")
                    || type.equals("RETREAT") || PROMISED.contains(type))) {
                type = "REJECT";
                mode = null;
                cameo = "120";
                negated = false;
            }
            boolean bySpeaker = "speaker".equals(p.roles().get("source"));
            // a pattern may say that its subject suffers the act and the actor comes after ("+ * MONEY FROM $")
            boolean reversed = "reversed".equals(p.roles().get("order"));
            boolean passive = !p.noun() && !reversed && isPassive(s, trig);
            List<String> source;
            List<String> target;
            String place = place(s, f);
            if (passive) {
                // "three civilians were killed by militants": the subject suffers, "by" names who acts; "Kharkiv
                // was hit", "a Ukrainian town was shelled": a place suffers it too
                target = new ArrayList<>(reducedAfterComma(s, trig) ? subjectAt(s, trig - 2) : source(s, f));
                if (target.isEmpty()) {
                    target.addAll(placeSubject(s, trig));
                }
                source = agentAfter(s, f);
                // "two French nationals held by Iran were released": the subject stands before the participle, and
                // who held them acts
                int[] held = heldBy(s, trig);
                if (held != null) {
                    target = new ArrayList<>(subject(s, held[0]));
                    if (source.isEmpty()) {
                        source = List.of(actorOf(mentionAt[held[1]]));
                    }
                }
                if (target.isEmpty()) {
                    // "sanctions were imposed on Iran by the EU": a thing suffers it, and the one it is done to
                    // follows as in the active
                    target = new ArrayList<>(target(s, f, source));
                }
            } else {
                source = bySpeaker ? speakerList(trig) : source(s, f);
                // "investigators said the army had committed war crimes": who did it is accused by who says so
                target = new ArrayList<>("subject".equals(p.roles().get("target")) ? subjectOrOwnerOfPlan(s, f)
                        : target(s, f, source));
            }
            if (reversed) {
                // "+ HOSTING * MAY_DAY $": the subject of the pattern's first word ("Kenya will be hosting Chad to
                // celebrate"), not of its verb
                List<String> subject = "pattern".equals(p.roles().get("subject")) ? subjectBeforePattern(s, f)
                        : source;
                source = "before".equals(p.roles().get("source")) ? subjectBeforePattern(s, f) : target;
                target = new ArrayList<>(subject);
            }
            // "ethnic Albanians demonstrated in Serbia": an ethnic group acts as people of the country they live in
            source = ethnicToResident(s, source, place);
            // PLOVER: a protest needs people acting physically; a state protests in words ("China protested"), and
            // crowds that burn or storm riot ("protesters torched government buildings")
            String by = !source.isEmpty() && source.stream().allMatch(this::isState) ? "state"
                    : !source.isEmpty() && source.stream().allMatch(this::isCrowd) ? "crowd" : null;
            if (by != null && p.roles().containsKey(by)) {
                Pattern.Outcome o = Pattern.Outcome.parse(p.roles().get(by));
                type = o.type();
                mode = o.mode();
                cameo = o.cameo();
            }
            boolean actorFromPlace = false;
            // "thousands of people marched in Lahore", "prisoners rioted at a jail in Dili": people named by no
            // body are the civilians of the country where they act; "gunmen kidnapped 80 pupils in Zamfara", "a
            // car bomb killed 12 in Mogadishu": an attack no one is named for is coded to the country where it
            // happens (PLOVER's unidentified armed men)
            if (ofNoCountry(source) && !bySpeaker && place != null && isPlaceOfCountry(place)
                    && inClause(s, trig, place)
                    && (passive ? unnamedAgent(s, f) : p.subject() || unnamedSubject(s, trig))) {
                source = new ArrayList<>(List.of(place));
                target.remove(place);
                actorFromPlace = true;
            }
            // "Chechen separatists ambushed a Russian convoy": armed men of no country named who attack one
            // country's forces or people fight in that country
            if (!actorFromPlace && type.equals("ASSAULT") && !passive && !bySpeaker && ofNoCountry(source)
                    && unnamedSubject(s, trig) && countriesOf(target) == 1) {
                List<String> home = ownCountry(target);
                if (!home.isEmpty()) {
                    source = home;
                    actorFromPlace = true;
                }
            }
            // the place is no target ("met in Sochi"), unless the country where it happened is all the target
            // there is of an act done to it ("lifted the curfew in Montenegro")
            // a pattern that looks for its recipient after "in" or "at" says so ("opened an embassy in Tehran",
            // "stands at Ukraine's side")
            List<String> targetPreps = p.roles().get("target") == null ? List.of()
                    : List.of(p.roles().get("target").split("\\|"));
            boolean inIsTarget = targetPreps.contains("in") || targetPreps.contains("at");
            // ... or a journey's ("travelled to Washington for talks": Washington hosts them)
            boolean journeyTo = lemmaIs(trig, JOURNEYS) && "to".equals(p.roles().get("place"));
            if (!(target.size() == 1 && target.contains(place) && isPlaceOfCountry(place)
                    && (!placeNoRecipient(type, cameo) || inIsTarget || journeyTo))) {
                target.remove(place);
            }
            // (not the place where two countries cooperate: "joint exercises on the island of Mindanao")
            if (target.isEmpty() && place != null && !placeNoRecipient(type, cameo)
                    && (!source.contains(place) || actorFromPlace) && isPlaceOfCountry(place)
                    && !(type.equals("COOPERATE") && countriesOf(source) >= 2)) {
                // an act done in a place with no one named to suffer it is done to the country there (PLOVER):
                // "imposed a curfew in Jaffna", "shelled the outskirts of Grozny", "rallied in Lahore", "a car
                // bomb killed 12 in Mogadishu"
                target = new ArrayList<>(List.of(place));
            } else if (target.isEmpty() && place != null && "visit".equals(mode) && !source.contains(place)) {
                // a visit's recipient is its host: "arrived in Amman on a visit"
                target = new ArrayList<>(List.of(place));
            }
            boolean fromBelow = type.equals("PROTEST") || FROM_BELOW.contains(type) && notTheState(source);
            if (fromBelow && target.isEmpty()) {
                target = authorityOfSameCountry(s, source);
            }
            // "warned that Pyongyang would act if the United States flew spy planes": one threatens whoever the
            // condition names, not one's own country that would act
            if (type.equals("THREATEN") && (target.isEmpty() || ownCountryOnly(target, source))) {
                List<String> conditioned = conditionSubject(s, f, source);
                if (!conditioned.isEmpty() || target.isEmpty()) {
                    target = conditioned;
                }
            }
            boolean domestic = fromBelow || DOMESTIC.contains(type) || DOMESTIC.contains(type + "/" + mode)
                    || DOMESTIC.contains(cameo);
            // (a pattern that needs its recipient named is not done to the country: "released a statement")
            if (target.isEmpty() && domestic && !"target".equals(p.roles().get("need"))) {
                target = ownCountry(source);
            } else if (!target.isEmpty() && domestic && ofNoCountry(target)) {
                // "the king pardoned 7,000 prisoners", "police detained dozens of protesters": people of no country
                // named are the actor's own, and the country is acted on with them
                target.addAll(ownCountry(source));
            } else if (!target.isEmpty() && ofNoCountry(target) && place != null && isPlaceOfCountry(place)
                    && !source.contains(place) && inClause(s, trig, place)) {
                // "American troops killed 20 insurgents near Fallujah": people of no country acted on where they
                // are, and that country with them
                target.add(place);
            }
            // "sent aid there", "sent relief to flood victims in the south of the country": the country told of
            // before
            int anaphor = type.equals("AID") && target.isEmpty() ? countryAnaphor(s, f.end()) : -1;
            if (anaphor >= 0) {
                target = recentCountryActor(ts.get(anaphor).start(), source);
            }
            // a noun names a new event only when something anchors it to its actors: "Boric's trip", "his
            // call for", "held talks"; otherwise "the meeting" speaks of an event already told
            boolean anchored = !p.noun() || bySpeaker || possessor(s, f) != null || lightVerbBefore(s, trig);
            // "talks between American and Russian negotiators ended", "a meeting between Mubarak and Barak was
            // held": the sides named after "between" are the noun's actors, together, with no recipient, when the
            // noun opens its clause (not "a basis for talks between", "ready to host negotiations between")
            if (p.noun() && (!anchored || source.isEmpty()) && opensClause(s, trig)) {
                List<String> sides = sidesBetween(s, f.end() + 1);
                if (sides.size() >= 2) {
                    source = sides;
                    target = new ArrayList<>();
                    anchored = true;
                }
            }
            // "French and Egyptian warships began war games": exercises of two countries together are joint,
            // COOPERATE with all of them as actors (one country's own are MOBILIZE)
            boolean mutual = target.isEmpty() && countriesOf(source) >= 2;
            if (mutual && type.equals("MOBILIZE") && "150".equals(cameo)) {
                type = "COOPERATE";
                mode = null;
                cameo = "062";
            }
            // "Mexican and American agents jointly seized cocaine": coercion that two countries carry out together
            // is law enforcement they cooperate in (CAMEO 063), their forces' moves together military cooperation
            if (mutual && (type.equals("COERCE") || type.equals("MOBILIZE")) && saysJoint(s, f)) {
                cameo = type.equals("COERCE") ? "063" : "062";
                type = "COOPERATE";
                mode = null;
            }
            // cooperation is mutual: when two countries or more do it together ("France and Germany exchanged
            // intelligence") they are all its actors and PLOVER leaves the recipient empty, as for a meeting
            boolean needsTarget = !(mutual && type.equals("COOPERATE"))
                    && (RECIPIENT_REQUIRED.contains(type) || "target".equals(p.roles().get("need")));
            // "Putin hosted Erdogan": the visitor acts; "hosted talks between X and Y" is a third party's
            if (p.elements().size() == 1 && p.elements().get(0).equals("host")) {
                if (objectIsActor(s, trig)) {
                    List<String> swap = source;
                    source = target;
                    target = swap;
                } else {
                    mode = "third-party";
                    cameo = "044";
                }
            }
            Timex time = time(s, trig);
            String date = time == null ? ledeDate : time.calendarDate();
            Span trigger = new Span(ts.get(trig).start(), ts.get(f.end()).end());
            boolean definite = p.noun() && trig > s.firstToken()
                    && is(trig - 1, DEFINITE);
            // PLOVER requires an actor; some categories a recipient too. A passive sentence may leave the actor
            // untold ("were killed", "was condemned"): the event stands with who suffers it; a participle that only
            // describes someone does not tell an act said in words ("diplomats accused of spying")
            boolean actorless = passive && !target.isEmpty() && (!VERBAL.contains(type) || afterBe(s, trig));
            if ((source.isEmpty() && !actorless) || !anchored || (needsTarget && target.isEmpty())) {
                if (definite || p.noun()) {
                    // "the meeting took place in Santiago": only a place told right after the noun is its place
                    complete(type, place(s, f, COMPLETION_REACH), time, date);
                }
                return;
            }
            Event merged = sameSentenceEvent(s, type, cameo, source);
            if (merged != null) {
                events.set(events.indexOf(merged), fill(merged, target, place, time, date));
                return;
            }
            // in tenths: a trigger alone is even odds; each participant found and a multi-word pattern add to it
            int tenths = 5 + (source.isEmpty() ? 0 : 2) + (target.isEmpty() ? 0 : 2) + (p.weight() > 1 ? 1 : 0);
            double confidence = tenths / 10.0;
            sourceAt.put(trig, source);
            events.add(new Event(null, type, mode, cameo, source, target, date, time == null ? null : time.id(),
                    place, trigger, s.span(), negated, confidence));
            if (!negated && (type.equals("ASSAULT") || type.equals("COERCE"))) {
                allegation(s, trig, type, source, target, date, time);
            }
        }

        /**
         * Violence or coercion that someone says another country's people did to the speaker's own country, to their
         * own or to no one named, is also the speaker's accusation (PLOVER ACCUSE {@code allege}): "Pakistan said
         * Indian troops had fired mortar shells" is Pakistan accusing India. A third country's word on what two
         * others did ("a US official said Israeli jets struck Syria") accuses no one, nor does an act whose doer is
         * untold.
         */
        private void allegation(Sentence s, int trig, String type, List<String> source, List<String> target,
                                String date, Timex time) {
            Quote q = quoteAt(trig);
            // only a cue of speech vouches ("said", "charged", "according to"; not "urged Germany to", "recalled
            // its ambassador after")
            if (source.isEmpty() || q == null || q.cueSpan() == null || source.contains(q.speaker())
                    || !is(firstToken(q.cueSpan().start()), ALLEGING)) {
                return;
            }
            String speaker = country(q.speaker());
            if (speaker == null) {
                return;
            }
            for (String id : source) {
                String c = country(id);
                if (c == null || c.equals(speaker)) {
                    return;
                }
            }
            for (String id : target) {
                String c = country(id);
                if (!speaker.equals(c) && !sameCountry(source, c)) {
                    return;
                }
            }
            // "Russia charged that Ukraine had shelled the plant": the accusation is told already
            if (sameSentenceEvent(s, "ACCUSE", null, List.of(q.speaker())) != null) {
                return;
            }
            events.add(new Event(null, "ACCUSE", "allege", type.equals("ASSAULT") ? "1123" : "112",
                    List.of(q.speaker()), source, date, time == null ? null : time.id(), null, q.cueSpan(),
                    s.span(), false, 0.6));
        }

        /**
         * The subject of the pattern's verb, or, when that is a thing, the owner of a plan or decision whose
         * infinitive runs up to the verb ("said Israel's plan to annex parts of the West Bank was a war crime":
         * Israel).
         */
        private List<String> subjectOrOwnerOfPlan(Sentence s, PatternDictionary.Found f) {
            List<String> subject = source(s, f);
            if (!subject.isEmpty()) {
                return subject;
            }
            for (int x = f.trigger() - 1; x - 3 >= s.firstToken() && f.trigger() - x <= 12; x--) {
                Token t = ts.get(x);
                if (t.is(",") || t.is(";") || t.is("that") || is(x, SAID)) {
                    break;
                }
                if (t.is("to") && mentionAt[x - 1] < 0 && ts.get(x - 2).is("'s") && mentionAt[x - 3] >= 0) {
                    return subject(s, x - 3);
                }
            }
            return List.of();
        }

        /** True when an actor is the object right after the verb at {@code trig}: "hosted the Iranian minister". */
        private boolean objectIsActor(Sentence s, int trig) {
            int k = pastWordsBeforeName(trig + 1, s.endToken());
            return k < s.endToken() && mentionAt[k] >= 0;
        }

        /** True when "of" and a verb in -ing stand before token {@code end}: "accused Washington of meddling". */
        private boolean accusedOf(Sentence s, int end) {
            for (int x = s.firstToken(); x + 1 < end; x++) {
                if (ts.get(x).is("of") && ts.get(x + 1).lower().endsWith("ing")) {
                    return true;
                }
            }
            return false;
        }

        /** True when every one of {@code target} is of the country of one of {@code source}. */
        private boolean ownCountryOnly(List<String> target, List<String> source) {
            for (String id : target) {
                if (!sameCountry(source, country(id))) {
                    return false;
                }
            }
            return true;
        }

        /** True when one of {@code ids} is of country {@code country} (false for none). */
        private boolean sameCountry(List<String> ids, String country) {
            if (country == null) {
                return false;
            }
            for (String id : ids) {
                if (country.equals(country(id))) {
                    return true;
                }
            }
            return false;
        }

        // ---- source ------------------------------------------------------------------------------

        private List<String> source(Sentence s, PatternDictionary.Found f) {
            int trig = f.trigger();
            // "his meeting", "Boric's trip": a possessive makes the trigger a noun and names who acts; before a
            // verb it names the subject's owner, who acts when the subject itself is no actor ("Israel's army
            // shelled"), not when it is one ("Kenya's president met": the president acts)
            String owner = possessor(s, f);
            if (owner != null && f.pattern().noun()) {
                return List.of(owner);
            }
            // the word right before the verb, past auxiliaries, adverbs, time expressions and the words the pattern
            // itself wants before the verb ("issue * [condemn]": "the government issue condemned"), says who acts
            int k = trig - 1;
            while (k >= s.firstToken() && (skippable(k) || f.pattern().before().contains(ts.get(k).lower()))) {
                k--;
            }
            // "over Syrian shelling of its towns": a nationality right before a verb in -ing is the act's own actor,
            // wherever the phrase stands
            if (!f.pattern().noun() && k == trig - 1 && k >= s.firstToken() && mentionAt[k] >= 0
                    && ts.get(trig).lower().endsWith("ing")
                    && a.mentions().get(mentionAt[k]).kind() == MentionKind.NOMINAL
                    && typeOf(mentionAt[k]) == EntityType.LOCATION) {
                return subject(s, k);
            }
            // "American cruise missiles destroyed": a noun that acts may have words of its kind before it, and its
            // owner before them
            if (f.pattern().subject() && k == trig - 1) {
                int j = k;
                while (j > s.firstToken() && trig - j <= 2 && mentionAt[j] < 0 && isModifier(j)) {
                    j--;
                }
                if (j < k && mentionAt[j] >= 0) {
                    k = j;
                }
            }
            // "India began withdrawing its troops", "rebels resumed shelling": the subject of the verb of aspect
            if (k > s.firstToken() && !f.pattern().noun() && is(k, ASPECT_VERBS)
                    && ts.get(trig).lower().endsWith("ing")) {
                k--;
                while (k >= s.firstToken() && skippable(k)) {
                    k--;
                }
            }
            // "Russia announced the withdrawal of its troops", "held a new round of talks": the object of a light
            // verb is done by the verb's subject
            // (not of a verb by which a third party brings others together: "Turkey will host negotiations
            // between Russia and Ukraine")
            if (f.pattern().noun() && k > s.firstToken() && mentionAt[k] < 0) {
                int v = k;
                while (v > s.firstToken() && trig - v <= 4 && mentionAt[v] < 0 && !isLightVerb(v)
                        && !ts.get(v).is("and") && !ts.get(v).is("or") && !is(v, POSSESSIVE_PRONOUNS)
                        && (is(v, SKIP_BEFORE_MENTION) || isModifier(v) && !pastForm(v))) {
                    v--;
                }
                if (v > s.firstToken() && v < trig && isLightVerb(v) && !lemmaIs(v, THIRD_PARTY_VERBS)
                        && mentionAt[v] < 0) {
                    int b = pastAside(s, beforeSkippable(s, v - 1));
                    if (b >= s.firstToken()) {
                        List<String> found = subjectAt(s, b);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
            // "Kenya reiterated its demand": the possessive is the subject's own, and the subject acts
            if (f.pattern().noun() && k > s.firstToken() && mentionAt[k] < 0
                    && is(k, OWN_POSSESSIVES) && isLightVerb(k - 1)) {
                k -= 2;
                while (k >= s.firstToken() && skippable(k)) {
                    k--;
                }
                if (k >= s.firstToken()) {
                    return subjectAt(s, k);
                }
            }
            // "the ministry issued a statement condemning the raid": a paper that says something speaks for the
            // subject of the verb that put it out
            if (!f.pattern().noun() && k > s.firstToken() && k == trig - 1 && ts.get(trig).lower().endsWith("ing")
                    && is(k, STATEMENT_NOUNS)) {
                int v = k - 1;
                while (v > s.firstToken() && mentionAt[v] < 0 && v >= k - 3
                        && (is(v, SKIP_BEFORE_MENTION) || isModifier(v)
                        && !is(v, ISSUING_VERBS))) {
                    v--;
                }
                if (is(v, ISSUING_VERBS)) {
                    int b = v - 1;
                    while (b >= s.firstToken() && skippable(b)) {
                        b--;
                    }
                    if (b >= s.firstToken()) {
                        return subjectAt(s, b);
                    }
                }
            }
            // "the decision by Washington to cut off aid": who decided acts
            if (k > s.firstToken() && ts.get(k).is("to") && mentionAt[k - 1] >= 0) {
                int b = beforeDeterminers(s, startOfMention(k - 1));
                if (b > s.firstToken() && ts.get(b).is("by") && mentionAt[b - 1] < 0 && ts.get(b - 1).isWord()
                        && !ts.get(b - 1).isCapitalized() && !pastForm(b - 1)) {
                    return subject(s, k - 1);
                }
            }
            if (k < s.firstToken() && !f.pattern().noun() && ts.get(trig).lower().endsWith("ing")) {
                // "Accusing Baghdad of sheltering rebels, Iran fired missiles": a participle that opens the sentence
                // has the subject of its main clause
                List<String> main = subjectAfterOpening(s, trig);
                if (!main.isEmpty()) {
                    return main;
                }
            }
            if (k < s.firstToken() || ts.get(k).is(":")) {
                // "Thank you", "Welcome to Paris": at the start of a quote or a turn, the speaker acts
                return speakerList(trig);
            }
            // "The last French soldiers left Mali, ending a nine-year operation": a participle after a comma has
            // the subject of the sentence, not the object before it; so has one that says by what means ("was
            // using hunger as a weapon by blocking grain exports"), but not of what someone is accused ("accused
            // the United States of interfering by criticising": the one accused)
            if (!f.pattern().noun() && k == trig - 1 && (ts.get(k).is(",") || ts.get(k).is("by") && !accusedOf(s, k))
                    && ts.get(trig).lower().endsWith("ing")) {
                List<String> reported = reportedSubject(s, k);
                if (!reported.isEmpty()) {
                    return reported;
                }
                List<String> first = sentenceSubject(s, k);
                if (!first.isEmpty()) {
                    return first;
                }
            }
            // "Russia, which has denied targeting civilians, blamed Ukraine", "Britain, angered by the killing,
            // severed ties": past an aside between commas
            k = pastAside(s, k);
            List<String> found = subjectAt(s, k);
            // (not for a second verb: "summoned Iran's ambassador and demanded" is France's)
            if (owner != null && (found.isEmpty() || !isPersonOrBody(found))
                    && !(k >= s.firstToken() && ts.get(k).is("and") && !found.isEmpty())) {
                return List.of(owner);
            }
            return found.isEmpty() && clauseHasPairWord(s, trig) ? mainPair() : found;
        }

        /**
         * An actor named as an ethnic group ("ethnic Albanians", "ethnic Serb militias") stands for people of the
         * country where they act, not for the state of the same name: the event's place, else the one other
         * country the sentence names.
         */
        private List<String> ethnicToResident(Sentence s, List<String> source, String place) {
            if (source.isEmpty()) {
                return source;
            }
            List<String> out = null;
            for (int t = s.firstToken(); t + 1 < s.endToken(); t++) {
                int m = mentionAt[t + 1];
                if (!ts.get(t).isIgnoreCase("ethnic") || m < 0 || mentionAt[t] == m) {
                    continue;
                }
                String id = actorOf(m);
                if (!source.contains(id)) {
                    continue;
                }
                String home = place != null && isPlaceOfCountry(place) ? place : otherCountry(s, country(id));
                if (home == null || country(id) == null || country(id).equals(country(home))) {
                    continue;
                }
                out = out == null ? new ArrayList<>(source) : out;
                out.set(out.indexOf(id), home);
            }
            return out == null ? source : out;
        }

        /** The one country-level place the sentence names other than {@code not}, or null. */
        private String otherCountry(Sentence s, String not) {
            String found = null;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                int m = mentionAt[t];
                if (m < 0 || (t > s.firstToken() && mentionAt[t - 1] == m)) {
                    continue;
                }
                String id = actorOf(m);
                if (isCountry(id) && !country(id).equals(not)) {
                    if (found != null && !found.equals(id)) {
                        return null;
                    }
                    found = id;
                }
            }
            return found;
        }

        /**
         * True when the word right before the verb, past auxiliaries and adverbs, is a noun for plain people or for
         * attackers no one is named for ("gunmen", "a roadside bomb").
         */
        private boolean unnamedSubject(Sentence s, int trig) {
            int k = pastAside(s, beforeSkippable(s, trig - 1));
            // a group named by its role alone, of no country ("police", "rebels"), is as unnamed
            return k >= s.firstToken() && is(k, CIVILIANS | UNATTRIBUTED)
                    && (mentionAt[k] < 0 || ofNoCountry(List.of(actorOf(mentionAt[k]))));
        }

        /** True when none of the actors has a country: none at all, or groups named by role alone ("rebels"). */
        private boolean ofNoCountry(List<String> ids) {
            for (String id : ids) {
                Actor ac = actors.get(id);
                if (ac == null || ac.country() != null || ac.code() != null) {
                    return false;
                }
            }
            return true;
        }

        /** True when every one of the actors is a person or an organisation (no place). */
        private boolean isPersonOrBody(List<String> ids) {
            for (String id : ids) {
                Actor ac = actors.get(id);
                if (ac == null || ac.type() == EntityType.LOCATION) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A plural noun for the two sides ("the two leaders met"), not the people of a body named right before it
         * ("church leaders called for").
         */
        private boolean pairWord(int k) {
            return is(k, PAIR_WORDS) && (k == 0 || mentionAt[k - 1] < 0);
        }

        private boolean clauseHasPairWord(Sentence s, int trig) {
            for (int x = trig - 1; x >= s.firstToken() && !ts.get(x).is(",") && !ts.get(x).is(";"); x--) {
                if (pairWord(x)) {
                    return true;
                }
            }
            return false;
        }

        /** The subject of a verb whose nearest word before it, past auxiliaries and adverbs, is token {@code k}. */
        private List<String> subjectAt(Sentence s, int k) {
            Token t = ts.get(k);
            String w = t.lower();
            // "The Arab Health Union (AHU) demanded": the name's short form in brackets is the name again
            if (t.is(")") && k - 2 >= s.firstToken() && ts.get(k - 2).is("(") && mentionAt[k - 1] >= 0
                    && k - 3 >= s.firstToken() && mentionAt[k - 3] >= 0) {
                return subjectAt(s, k - 3);
            }
            // "Vietnamese-led forces launched", "the Saudi-led coalition struck": the forces of the one that leads
            // them ("US-backed rebels" are not the backer's)
            int head = mentionAt[k] >= 0 ? startOfMention(k) : k;
            if (head - 3 >= s.firstToken() && ts.get(head - 1).is("led") && ts.get(head - 2).is("-")
                    && mentionAt[head - 3] >= 0 && canAct(actorOf(mentionAt[head - 3]))) {
                return subject(s, head - 3);
            }
            if (mentionAt[k] >= 0 && !inPhrase(s, startOfMention(k))) {
                return subject(s, k);
            }
            // ("that" may have been passed over as a conjunction: the group then ends at k)
            int among = is(k, RELATIVE) ? groupBefore(s, k)
                    : k + 1 < s.endToken() && is(k + 1, RELATIVE) ? groupBefore(s, k + 1) : -1;
            if (among > s.firstToken()) {
                // "Dahlan was among the officials who travelled", "she is one of the envoys who met": the one
                // counted in the group acts
                int j = among - 1;
                while (j >= s.firstToken() && (skippable(j) || is(j, QUANTIFIERS) || ts.get(j).is("one"))) {
                    j--;
                }
                if (j >= s.firstToken()) {
                    return subjectAt(s, j);
                }
            }
            boolean pronoun = is(k, FIRST_PERSON) || pairWord(k) || w.equals("it") || w.equals("they");
            if (!pronoun && (mentionAt[k] >= 0
                    || !(w.equals("to") || w.equals("and") || w.equals(",") || w.equals("-")))) {
                // "police in Jericho confiscated", "police in the city confiscated": a phrase of place or time
                // stands between the subject and the verb (a pronoun stands for itself: "said on Tuesday it had
                // halted")
                int prep = phraseStart(s, k);
                // "the government of Sindh province ordered", "the people of Gaza marched": those who govern or
                // live in a place are the place's own
                // (unless the ruler is a mention of its own: "the government of Gondor", the state's government)
                if (prep > s.firstToken() && ts.get(prep).is("of")
                        && is(prep - 1, RULER_NOUNS) && mentionAt[prep - 1] < 0) {
                    for (int x = prep + 1; x <= k; x++) {
                        if (mentionAt[x] >= 0 && isPlaceOfCountry(actorOf(mentionAt[x]))) {
                            return List.of(actorOf(mentionAt[x]));
                        }
                    }
                }
                // "Indian troops backed by artillery launched": a participle and its agent between the subject and
                // its verb
                if (prep - 2 >= s.firstToken() && ts.get(prep).is("by") && pastForm(prep - 1)
                        && mentionAt[prep - 1] < 0 && mentionAt[prep - 2] >= 0
                        && canAct(actorOf(mentionAt[prep - 2])) && !isPossessivePronoun(mentionAt[prep - 2])) {
                    return subject(s, prep - 2);
                }
                if (prep > s.firstToken()) {
                    List<String> before = subjectAt(s, prep - 1);
                    // "security forces in Guinea tortured": when the head is no actor, or one of no country, the
                    // place's country acts
                    if (!before.isEmpty() && !(mentionAt[k] >= 0 && ofNoCountry(before)) || mentionAt[k] < 0) {
                        return before;
                    }
                }
                if (mentionAt[k] >= 0) {
                    return subject(s, k);
                }
            }
            if (is(k, FIRST_PERSON)) {
                return speakerList(k);
            }
            if (pairWord(k)) {
                return mainPair();
            }
            // "Mubarak, who met Arafat on Sunday, said": who the relative pronoun stands for
            // (not one in a phrase: "the emails posted by WikiLeaks, which were hacked")
            boolean comma = k > s.firstToken() && ts.get(k - 1).is(",");
            int antecedent = comma ? k - 2 : k - 1;
            if (is(k, RELATIVE) && antecedent >= s.firstToken() && mentionAt[antecedent] >= 0
                    && !(comma && inPhrase(s, startOfMention(antecedent)))) {
                return subject(s, antecedent);
            }
            if (w.equals("it") || w.equals("they")) {
                // "Ethiopia rejected ... and said it would not accept": "it" is the subject of the verb before
                int j = k - 1;
                if (j > s.firstToken() && ts.get(j).is("that")) {
                    j--;
                }
                if (j > s.firstToken() && is(j, SAID) && ts.get(j - 1).is("and")) {
                    for (int x = j - 2; x >= s.firstToken(); x--) {
                        if (sourceAt.containsKey(x) && !sourceAt.get(x).isEmpty()) {
                            return sourceAt.get(x);
                        }
                    }
                }
                // in reported speech, "it" is its speaker
                List<String> speaker = speakerList(k);
                if (speaker.size() == 1 && actors.get(speaker.get(0)) != null
                        && actors.get(speaker.get(0)).type() != EntityType.PERSON) {
                    return speaker;
                }
                return collectiveBefore(s, k, w.equals("they"));
            }
            if (!(w.equals("to") || w.equals("and") || w.equals(",") || w.equals("-"))) {
                // "Red Cross officials suspended", "U.N. helicopters evacuated": the people or the means of a body
                // named right before act for it
                // "their forces had completed": the people or means of the body told before, "its" or "their"
                if (isPluralNoun(k) && k > s.firstToken() && mentionAt[k - 1] < 0
                        && is(k - 1, OWN_POSSESSIVES)) {
                    return collectiveBefore(s, k - 1, ts.get(k - 1).lower().equals("their"));
                }
                // so do they coordinated with a body's own: "Israeli helicopters and tanks shelled", "Russian
                // missiles and drones struck"
                int body = k - 1 > s.firstToken() && ts.get(k - 1).is("and") ? k - 2 : k - 1;
                if (body > s.firstToken() && body < k - 1 && mentionAt[body] < 0 && isPluralNoun(body)) {
                    body--;
                }
                // "American military helicopters delivered", "US Predator attacks killed": one word may qualify the
                // means
                if (body > s.firstToken() && mentionAt[body] < 0 && (isModifier(body) || isAdjectiveLike(body))
                        && mentionAt[body - 1] >= 0) {
                    body--;
                }
                // ... or a compound joined by a hyphen: "Iraqi anti-aircraft batteries fired"
                if (body - 3 >= s.firstToken() && mentionAt[body] < 0 && ts.get(body - 1).is("-")
                        && mentionAt[body - 2] < 0 && ts.get(body - 2).isWord() && mentionAt[body - 3] >= 0) {
                    body -= 3;
                }
                // (one weapon is such a means too: "a Russian missile slammed into")
                if ((isPluralNoun(k) || is(k, WEAPONS)) && body >= s.firstToken() && mentionAt[body] >= 0
                        && typeOf(mentionAt[body]) != EntityType.PERSON && canAct(actorOf(mentionAt[body]))) {
                    return subject(s, body);
                }
                // "the APEC forum agreed", "the rebels' military wing refused": a body's part or gathering named by
                // a common noun after the name acts for it (a short form in brackets may stand between)
                if (is(k, BODY_NOUNS) && k - 1 > s.firstToken()) {
                    int b = k - 1;
                    if (ts.get(b).is(")") && b - 1 > s.firstToken() && mentionAt[b - 1] >= 0) {
                        b--;
                    }
                    // past the words of a title or a field: "the UN secretary-general", "UN human rights experts"
                    while (b > s.firstToken() && k - b <= 3 && mentionAt[b] < 0
                            && (isModifier(b) || ts.get(b).is("-"))) {
                        b--;
                    }
                    // "Vietnam's communist party chief": the owner's
                    if (ts.get(b).is("'s") && b > s.firstToken() && mentionAt[b - 1] >= 0) {
                        b--;
                    }
                    if (mentionAt[b] >= 0 && typeOf(mentionAt[b]) != EntityType.PERSON
                            && canAct(actorOf(mentionAt[b])) && !isPossessivePronoun(mentionAt[b])) {
                        return subject(s, b);
                    }
                }
                // "Russian aircraft including helicopter gunships killed": the members listed after "including"
                // belong to the subject before it
                for (int x = k; x >= Math.max(s.firstToken() + 1, k - 5); x--) {
                    if (ts.get(x).is(";") || mentionAt[x] >= 0) {
                        break;
                    }
                    if (ts.get(x).is("including")) {
                        int b = ts.get(x - 1).is(",") ? x - 2 : x - 1;
                        if (b >= s.firstToken() && mentionAt[b] >= 0 && canAct(actorOf(mentionAt[b]))
                                && !isPossessivePronoun(mentionAt[b])) {
                            return subject(s, b);
                        }
                        break;
                    }
                }
                // a noun that is no actor is the subject ("the outbreak killed"): nobody to code
                return List.of();
            }
            // "officials said Israel had broken its promise and accused it of stalling": a verb after "and" whose
            // object is a pronoun for someone told of before is the speaker's, not that one's; so is one after
            // ", and", which goes back past the reported clause ("said Sweden had let them ..., and summoned")
            if (w.equals("and") && (k + 2 < s.endToken() && is(k + 2, OBJECT_PRONOUNS)
                    || k - 1 > s.firstToken() && ts.get(k - 1).is(","))) {
                for (int x = k - 1; x > s.firstToken(); x--) {
                    if (is(x, SAID)) {
                        List<String> speaker = subjectAt(s, beforeSkippable(s, x - 1));
                        if (!speaker.isEmpty()) {
                            return speaker;
                        }
                        break;
                    }
                }
            }
            // "the government condemned an attack by X in south Y and promised aid": a verb after "and" with no
            // subject of its own has the subject of the verb coded before it, whatever its object named
            for (int x = k - 1; w.equals("and") && x >= s.firstToken() && !ts.get(x).is(";"); x--) {
                if (sourceAt.containsKey(x) && !sourceAt.get(x).isEmpty()) {
                    return sourceAt.get(x);
                }
            }
            // an infinitive, a second verb or an inserted phrase: the subject is further left, outside phrases
            for (int x = k - 1; x >= s.firstToken(); x--) {
                String xw = ts.get(x).lower();
                // "the army accused the RSF of ... and called on": a second verb has the first one's subject
                if (w.equals("and") && sourceAt.containsKey(x) && !sourceAt.get(x).isEmpty()) {
                    return sourceAt.get(x);
                }
                if (xw.equals(";") || is(x, RELATIVE) && (x == 0 || mentionAt[x - 1] < 0)) {
                    return List.of();
                }
                // "said that it was ready to meet": the pronoun is the subject, read as one ("it" the speaker);
                // not one that says it ("Kishida, they said, reaffirmed")
                if (!w.equals("and") && (xw.equals("it") || xw.equals("they")) && mentionAt[x] < 0
                        && !is(x + 1, SAID) && x > s.firstToken() && (ts.get(x - 1).is("that") || is(x - 1, SAID))) {
                    return subjectAt(s, x);
                }
                if (pairWord(x)) {
                    return mainPair();
                }
                if (is(x, FIRST_PERSON)) {
                    List<String> sp = speakerList(x);
                    if (!sp.isEmpty()) {
                        return sp;
                    }
                }
                int m = mentionAt[x];
                if (m < 0) {
                    continue;
                }
                int start = startOfMention(x);
                if (inPhrase(s, start) || isPossessivePronoun(m) || !canAct(actorOf(m))) {
                    x = start;
                    continue;
                }
                // "accused the RSF of ... and called": the object of an earlier verb is no subject
                int before = start - 1;
                // past a count too: "kidnapped up to 16 Russian advisers ... and exploded"
                while (before > s.firstToken() && (is(before, DEFINITE) || isQuantity(before)
                        || is(before, COUNT_WORDS))) {
                    before--;
                }
                if (w.equals("and") && before >= s.firstToken() && triggers.contains(before)) {
                    x = before + 1;
                    continue;
                }
                if (isDateline(s, start, x)) {
                    // "BRUSSELS — Thousands of farmers drove ..., blocking roads": the dateline is no subject
                    return List.of();
                }
                return subject(s, x);
            }
            return List.of();
        }

        /**
         * The place of the article's dateline: a place of a country that opens the first sentence of the body,
         * followed by a dash before any word in lower case ("BEIJING, March 3 (Wire) - ..."); else null.
         */
        private String datelinePlace() {
            for (Sentence s : a.sentences()) {
                if (kindAt(s.span().start()) != Block.Kind.BODY) {
                    continue;
                }
                int m = mentionAt[s.firstToken()];
                String id = m < 0 ? null : actorOf(m);
                if (id == null || typeOf(m) != EntityType.LOCATION || country(id) == null) {
                    return null;
                }
                int t = s.firstToken();
                while (t < s.endToken() && mentionAt[t] == m) {
                    t++;
                }
                for (int end = Math.min(s.endToken(), t + 12); t < end; t++) {
                    Token tok = ts.get(t);
                    if ((tok.is("-") || tok.is("\u2014") || tok.is("\u2013")) && !isJoiningHyphen(t)) {
                        return id;
                    }
                    if (tok.isWord() && !tok.isCapitalized()) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /** True when a source or target of {@code e} is of {@code country}. */
        private boolean ofCountry(Event e, String country) {
            return sameCountry(e.source(), country) || sameCountry(e.target(), country);
        }

        /** True when the mention {@code [start, last]} opens the sentence and a dash follows it: a dateline. */
        private boolean isDateline(Sentence s, int start, int last) {
            if (start != s.firstToken() || last + 1 >= s.endToken()) {
                return false;
            }
            String next = ts.get(last + 1).text();
            return next.equals("-") || next.equals("\u2014") || next.equals("\u2013") || next.equals("--");
        }

        /**
         * "It", "they" as the subject: the last country, organisation or group named before, in this sentence or
         * the one before ("Sudan said it would ...", "The rebels said they had ..."); people are "he" and "she".
         */
        private List<String> collectiveBefore(Sentence s, int k, boolean plural) {
            int floor = a.sentences().indexOf(s) > 0
                    ? a.sentences().get(a.sentences().indexOf(s) - 1).firstToken() : s.firstToken();
            for (int x = k - 1; x >= floor; x--) {
                int m = mentionAt[x];
                if (m < 0) {
                    continue;
                }
                Actor ac = actors.get(actorOf(m));
                boolean collective = ac != null && canAct(ac.id()) && (ac.type() != EntityType.PERSON
                        || plural && a.mentions().get(m).kind() == MentionKind.NOMINAL);
                if (collective && !isPossessivePronoun(m)) {
                    return List.of(ac.id());
                }
                x = startOfMention(x);
            }
            return List.of();
        }

        /**
         * The preposition that opens a short phrase ending at {@code k} ("in the city", "from Jericho"), or -1:
         * up to four words back, none of them a mark of a clause (a comma, "that").
         */
        private int phraseStart(Sentence s, int k) {
            for (int x = k - 1; x >= Math.max(s.firstToken(), k - 4); x--) {
                String xw = ts.get(x).lower();
                if (ts.get(x).is(",") || is(x, RELATIVE)) {
                    return -1;
                }
                boolean toAfterMention = xw.equals("to") && x > s.firstToken() && mentionAt[x - 1] >= 0;
                if (is(x, PREPOSITIONS) && !xw.equals("to") || toAfterMention) {
                    // "on Tuesday their forces": a phrase of time that ends before the word is none of its phrase
                    int y = x + 1;
                    while (y < k && inTimex[y]) {
                        y++;
                    }
                    if (y > x + 1 && y < k) {
                        return -1;
                    }
                    // "along with", "together with": the phrase opens at the first word
                    boolean compound = xw.equals("with") && x > s.firstToken()
                            && is(x - 1, COMITATIVE);
                    // "from throughout the country", "from across the region": "from" and a preposition of place
                    // open one phrase
                    boolean doubled = x > s.firstToken() && ts.get(x - 1).is("from");
                    return compound || doubled ? x - 1 : x;
                }
            }
            return -1;
        }

        /** The subject that ends at token {@code last}, with the subjects coordinated before it. */
        private List<String> subject(Sentence s, int last) {
            int m = mentionAt[last];
            int start = startOfMention(last);
            if (!canAct(actorOf(m)) || isPossessivePronoun(m)) {
                return List.of();
            }
            Set<String> out = new LinkedHashSet<>();
            out.add(actorOf(m));
            // coordinated subjects: "X and Y", "X, Y and Z", "X-Y", "neither X nor Y", "Argentina's X and Chile's Y",
            // "Prime Minister X and President Y"
            int k = overModifiers(s, overTitle(s, start - 1));
            if (k - 1 > s.firstToken() && ts.get(k).is("'s") && mentionAt[k - 1] >= 0) {
                k = startOfMention(k - 1) - 1;
            }
            // "neither X nor Y" lists its subjects as "and" does; a comma joins only in a list that "and" closes
            // ("Acting on word from Spanish police, French officers arrested": one subject)
            boolean closed = false;
            while (k > s.firstToken() && (ts.get(k).is("and") || ts.get(k).is("nor") || isJoiningHyphen(k)
                    || ts.get(k).is(",") && closed)) {
                closed = true;
                // ", and" closes a list as "and" does: "Russia, the United States, and France"
                if (ts.get(k).is("and") && k - 1 > s.firstToken() && ts.get(k - 1).is(",")) {
                    k--;
                }
                if (mentionAt[k - 1] < 0 || !canAct(actorOf(mentionAt[k - 1]))) {
                    break;
                }
                int other = startOfMention(k - 1);
                out.add(actorOf(mentionAt[k - 1]));
                k = overModifiers(s, overTitle(s, other - 1));
                if (k - 1 > s.firstToken() && ts.get(k).is("'s") && mentionAt[k - 1] >= 0) {
                    k = startOfMention(k - 1) - 1;
                }
            }
            List<String> list = new ArrayList<>(out);
            java.util.Collections.reverse(list);
            return list;
        }

        /** A hyphen written between two words ("Putin-Abbas"), not a dash between spaces ("JAKARTA - The"). */
        private boolean isJoiningHyphen(int k) {
            return ts.get(k).is("-") && k > 0 && k + 1 < ts.size() && ts.get(k - 1).end() == ts.get(k).start()
                    && ts.get(k).end() == ts.get(k + 1).start();
        }

        /**
         * Back over a determiner and up to two lower-case modifiers that stand between a coordinator and the
         * next subject ("X and the rival Y"), when a coordinator or a comma precedes them; else {@code k}.
         */
        private int overModifiers(Sentence s, int k) {
            int j = k;
            int words = 0;
            while (j > s.firstToken() && words < 3 && mentionAt[j] < 0 && ts.get(j).isWord()
                    && !ts.get(j).isCapitalized() && !ts.get(j).is("and")) {
                j--;
                words++;
            }
            boolean determiner = words > 0 && ts.get(j + 1).isIgnoreCase("the");
            boolean joined = j > s.firstToken() && (ts.get(j).is("and") || ts.get(j).is(","));
            return words > 0 && joined && (determiner || words <= 2) ? j : k;
        }

        /** The token before the title words ("Indonesian President") that end at {@code k}. */
        private int overTitle(Sentence s, int k) {
            while (k > s.firstToken() && mentionAt[k] < 0 && ts.get(k).isWord() && ts.get(k).isCapitalized()) {
                k--;
            }
            return k;
        }

        /** Auxiliaries, adverbs, negations and time expressions between a subject and its verb. */
        private boolean skippable(int k) {
            if (inTimex[k]) {
                return true;
            }
            String w = ts.get(k).lower();
            if (is(k, BETWEEN_SUBJECT_AND_VERB | NEGATIONS)) {
                return true;
            }
            // "flatly rejected", "finally agreed": an adverb between subject and verb
            if (w.length() > 4 && w.endsWith("ly") && ts.get(k).isWord() && !ts.get(k).isCapitalized()
                    && mentionAt[k] < 0) {
                return true;
            }
            // "on" or "in" before a time expression: "Ethiopia on Wednesday rejected"
            return timePreposition(k);
        }

        /** True when token {@code k} is "on", "in", "last" or "for" before a time expression ("on Wednesday"). */
        private boolean timePreposition(int k) {
            // ("for three years": a duration)
            String w = ts.get(k).text();
            return (w.equalsIgnoreCase("on") || w.equalsIgnoreCase("in") || w.equalsIgnoreCase("last")
                    || w.equalsIgnoreCase("for")) && k + 1 < ts.size() && inTimex[k + 1];
        }

        /** "were killed", "has been arrested", "was attacked": a participle after a form of "be". */
        private boolean isPassive(Sentence s, int trig) {
            if (!pastForm(trig)) {
                return false;
            }
            // "officials accused of abuses", "soldiers killed by a bomb": a participle right after who suffers it
            // (not a verb in the past: "Erdogan spoke by phone", "resigned by fax")
            if (trig > s.firstToken() && trig + 2 < s.endToken() && mentionAt[trig - 1] >= 0
                    && regularParticiple(trig)
                    && (ts.get(trig + 1).is("of") || ts.get(trig + 1).is("by") && !is(trig + 2, MEANS))
                    && typeOf(mentionAt[trig - 1]) != EntityType.LOCATION) {
                return true;
            }
            // "in a move welcomed by London", "the plan drawn up by Kyiv": a participle and its agent after a
            // noun with its article
            if (trig - 2 >= s.firstToken() && trig + 2 < s.endToken() && mentionAt[trig - 1] < 0
                    && ts.get(trig + 1).is("by") && !is(trig + 2, MEANS) && ts.get(trig - 1).isWord()
                    && !ts.get(trig - 1).isCapitalized() && isArticle(trig - 2) && regularParticiple(trig)) {
                return true;
            }
            // "Turkish troops, backed by tanks, crossed": a participle that opens an aside after who suffers it
            if (reducedAfterComma(s, trig)) {
                return true;
            }
            // "is committed to opening", "was determined to win": a participle that says how one stands before
            // "to" is an adjective, and its subject acts
            if (is(trig, STANCE_PARTICIPLES) && trig + 2 < s.endToken() && ts.get(trig + 1).is("to")
                    && verbAfterTo(trig + 2)) {
                return false;
            }
            // "the ambassador was summoned and expelled" (not "how elections are financed and vowed")
            if (trig - 4 >= s.firstToken() && ts.get(trig - 1).is("and") && pastForm(trig - 2)
                    && is(trig - 3, BE) && mentionAt[trig - 4] >= 0) {
                return true;
            }
            return afterBe(s, trig);
        }

        /** True when a form of "be" comes right before {@code trig}, past adverbs: "was fiercely opposed". */
        private boolean afterBe(Sentence s, int trig) {
            for (int k = trig - 1; k >= Math.max(s.firstToken(), trig - 3); k--) {
                String b = ts.get(k).lower();
                if (is(k, BE)) {
                    return true;
                }
                // "was fiercely opposed", "has not been formally charged"
                boolean adverb = b.length() > 4 && b.endsWith("ly") && ts.get(k).isWord() && mentionAt[k] < 0;
                if (!is(k, BETWEEN_SUBJECT_AND_VERB | NEGATIONS) && !adverb) {
                    return false;
                }
            }
            return false;
        }

        /**
         * ", backed by tanks,", ", supported by helicopter gunships,": a participle in "-ed" or "-en" and "by"
         * right after a comma after a mention (what follows "by" is its agent, whatever means it names).
         */
        private boolean reducedAfterComma(Sentence s, int trig) {
            return trig - 2 >= s.firstToken() && trig + 2 < s.endToken() && ts.get(trig - 1).is(",")
                    && mentionAt[trig - 2] >= 0 && regularParticiple(trig) && ts.get(trig + 1).is("by");
        }

        /** A participle in "-ed" or "-en" ("killed", "taken"), not an irregular past that is no participle. */
        private boolean regularParticiple(int k) {
            String w = ts.get(k).lower();
            return w.endsWith("ed") || w.endsWith("en");
        }

        /** "the", "this", "that", "a", "an". */
        private boolean isArticle(int k) {
            return is(k, DEFINITE) || ts.get(k).is("a") || ts.get(k).is("an");
        }

        /**
         * True when the word after "to" can open a verb phrase ("committed to opening", "determined to win"), not a
         * noun phrase ("troops were committed to the mission", "aid was pledged to Haiti").
         */
        private boolean verbAfterTo(int k) {
            Token t = ts.get(k);
            return t.isWord() && !t.isCapitalized() && mentionAt[k] < 0 && !is(k, SKIP_BEFORE_MENTION | QUANTIFIERS);
        }

        /** The actor after "by" in the clause of a passive verb: "killed by militants". */
        private List<String> agentAfter(Sentence s, PatternDictionary.Found f) {
            for (int t = f.end() + 1; t < s.endToken() && t <= f.end() + TARGET_REACH; t++) {
                // ("accused of abuses were sanctioned by": the agent of another verb)
                if (ts.get(t).is(",") || ts.get(t).is(";") || is(t, BE)) {
                    break;
                }
                if (ts.get(t).is("by")) {
                    for (int k = t + 1; k < s.endToken() && k <= t + 4; k++) {
                        if (mentionAt[k] >= 0 && canAct(actorOf(mentionAt[k]))) {
                            return List.of(actorOf(mentionAt[k]));
                        }
                        // "by a court in Tehran": a body no one names, of the country where it sits
                        if (mentionAt[k] < 0 && ts.get(k).is("in") && k > t + 1 && is(k - 1, BODY_NOUNS)
                                && k + 1 < s.endToken() && mentionAt[k + 1] >= 0
                                && isPlaceOfCountry(actorOf(mentionAt[k + 1]))) {
                            return List.of(actorOf(mentionAt[k + 1]));
                        }
                        // "by gunmen in northern Mali": the place is where, not who ("by troops of Chad" is)
                        if (mentionAt[k] < 0 && is(k, PREPOSITIONS) && !ts.get(k).is("of")) {
                            break;
                        }
                    }
                    break;
                }
            }
            return List.of();
        }

        /**
         * The "among" or "of" that counts someone in a group named right before the relative pronoun at {@code k}
         * ("among the officials who", "one of the leaders who", "among those who"), or -1.
         */
        private int groupBefore(Sentence s, int k) {
            int j = k - 1;
            if (ts.get(j).is("those")) {
                j--;
            } else {
                while (j > s.firstToken() && k - j <= 3 && mentionAt[j] < 0 && !is(j, DEFINITE)
                        && (isPluralNoun(j) || isModifier(j))) {
                    j--;
                }
                if (j == k - 1 || !is(j, DEFINITE)) {
                    return -1;
                }
                j--;
            }
            return j > s.firstToken() && (ts.get(j).is("among") || ts.get(j).is("of")) ? j : -1;
        }

        /**
         * True when an act of this category is only held in a place or about it, so that the place is never its
         * recipient ("agreed in Cairo"); aid promised for a place is for it ("will send aid to victims in
         * Pakistan", CAMEO 033).
         */
        private static boolean placeNoRecipient(String type, String cameo) {
            return PLACE_NO_RECIPIENT.contains(type) && !(type.equals("AGREE") && cameo != null
                    && cameo.startsWith("033"));
        }

        /**
         * True when actor {@code id} is named in the clause of token {@code trig}, with no comma or semicolon
         * between: in "rebels shelled Juba, officials in Khartoum said" Khartoum is where it was told.
         */
        private boolean inClause(Sentence s, int trig, String id) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (mentionAt[t] < 0 || !id.equals(actorOf(mentionAt[t]))) {
                    continue;
                }
                boolean broken = false;
                for (int k = Math.min(t, trig) + 1; k < Math.max(t, trig) && !broken; k++) {
                    broken = ts.get(k).is(",") || ts.get(k).is(";");
                }
                if (!broken) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the agent of a passive is an attacker or a weapon no one is named for: "were killed by a roadside
         * bomb", "was kidnapped by gunmen".
         */
        private boolean unnamedAgent(Sentence s, PatternDictionary.Found f) {
            for (int t = f.end() + 1; t < s.endToken() && t <= f.end() + TARGET_REACH; t++) {
                if (ts.get(t).is(",") || ts.get(t).is(";")) {
                    return false;
                }
                if (ts.get(t).is("by")) {
                    for (int k = t + 1; k < s.endToken() && k <= t + 5; k++) {
                        if (mentionAt[k] >= 0 || ts.get(k).is(",")) {
                            return false;
                        }
                        if (is(k, UNATTRIBUTED)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }

        /** The owner of a noun trigger: "Boric's trip", "his meeting"; or null. */
        private String possessor(Sentence s, PatternDictionary.Found f) {
            int k = f.trigger() - 1;
            while (k > s.firstToken() && isModifier(k)) {
                k--;
            }
            if (k < s.firstToken()) {
                return null;
            }
            if (ts.get(k).is("'s") && k > s.firstToken() && mentionAt[k - 1] >= 0) {
                return actorOf(mentionAt[k - 1]);
            }
            if (mentionAt[k] >= 0 && is(k, POSSESSIVE_PRONOUNS)) {
                return actorOf(mentionAt[k]);
            }
            return null;
        }

        /**
         * The actors of "between A and B" (or "A, B and C") opening at token {@code k}: each side a mention that
         * can act, with the determiners, titles and modifiers before it; empty when the phrase is anything else.
         */
        private List<String> sidesBetween(Sentence s, int k) {
            if (k >= s.endToken() || !ts.get(k).is("between")) {
                return List.of();
            }
            Set<String> sides = new LinkedHashSet<>();
            int x = k + 1;
            while (x < s.endToken()) {
                int start = x;
                // ("his Chinese counterpart": past the possessive)
                while (x < s.endToken() && x - start < 4 && (mentionAt[x] < 0
                        && (is(x, SKIP_BEFORE_MENTION) || isAdjectiveLike(x))
                        || mentionAt[x] >= 0 && isPossessivePronoun(mentionAt[x]))) {
                    x++;
                }
                if (x >= s.endToken() || mentionAt[x] < 0 || !canAct(actorOf(mentionAt[x]))) {
                    return List.of();
                }
                x = lastOfMention(x) + 1;
                // "between India's foreign minister and ...": the possessor's person or body is the side
                if (x + 1 < s.endToken() && ts.get(x).is("'s") && mentionAt[x + 1] >= 0
                        && canAct(actorOf(mentionAt[x + 1]))) {
                    x = lastOfMention(x + 1) + 1;
                }
                sides.add(actorOf(mentionAt[x - 1]));
                if (x < s.endToken() && (ts.get(x).is(",") || ts.get(x).is("and"))) {
                    x += x + 1 < s.endToken() && ts.get(x).is(",") && ts.get(x + 1).is("and") ? 2 : 1;
                } else {
                    break;
                }
            }
            return new ArrayList<>(sides);
        }

        /**
         * True when the noun at {@code trig}, with its determiners and modifiers, opens a clause: at the start of
         * the sentence, after a comma or a colon, after "that" or a verb of saying.
         */
        private boolean opensClause(Sentence s, int trig) {
            int k = trig - 1;
            while (k >= s.firstToken() && mentionAt[k] < 0 && (is(k, SKIP_BEFORE_MENTION) || isModifier(k))
                    && !is(k, SAID) && !ts.get(k).is("that")) {
                k--;
            }
            return k < s.firstToken() || ts.get(k).is(",") || ts.get(k).is(":") || ts.get(k).is(";")
                    || ts.get(k).is("that") || is(k, SAID);
        }

        /**
         * For a passive verb at {@code trig} whose subject ends in a participle and its agent ("nationals held by
         * Iran were released"): the last token of the subject before the participle and a token of the agent;
         * else null.
         */
        private int[] heldBy(Sentence s, int trig) {
            int k = beforeSkippable(s, trig - 1);
            if (k < s.firstToken() || mentionAt[k] < 0) {
                return null;
            }
            int by = startOfMention(k) - 1;
            while (by > s.firstToken() && is(by, SKIP_BEFORE_MENTION)) {
                by--;
            }
            int participle = by - 1;
            if (participle - 1 < s.firstToken() || !ts.get(by).is("by") || !pastForm(participle)
                    || mentionAt[participle] >= 0) {
                return null;
            }
            int subject = participle - 1;
            if (mentionAt[subject] < 0 && isPluralNoun(subject) && subject - 1 >= s.firstToken()) {
                // "French nationals": the nationality names them
                subject--;
            }
            return mentionAt[subject] >= 0 && canAct(actorOf(mentionAt[subject])) ? new int[] {subject, k} : null;
        }

        /**
         * Who suffers a passive verb when its subject is no actor: the owner of the subject ("South Korea's offer
         * was rejected"), or the place the subject names or that a nationality in it names ("Kharkiv was hit", "a
         * Ukrainian town was shelled"); empty otherwise.
         */
        private List<String> placeSubject(Sentence s, int trig) {
            int k = beforeSkippable(s, trig - 1);
            for (int n = 0; n < 3 && k >= s.firstToken() && mentionAt[k] < 0 && isModifier(k); n++) {
                k--;
            }
            // "South Korea's offer of talks was rejected": the owner of what suffers it
            int head = k;
            while (head > s.firstToken() && mentionAt[head] < 0 && (isModifier(head) || is(head, PREPOSITIONS))
                    && !ts.get(head - 1).is("'s") && k - head < 9) {
                head--;
            }
            if (head - 2 >= s.firstToken() && mentionAt[head] < 0 && ts.get(head - 1).is("'s")
                    && mentionAt[head - 2] >= 0 && canAct(actorOf(mentionAt[head - 2]))) {
                return List.of(actorOf(mentionAt[head - 2]));
            }
            if (k < s.firstToken() || mentionAt[k] < 0) {
                return List.of();
            }
            String id = actorOf(mentionAt[k]);
            return isPlaceOfCountry(id) && !inPhrase(s, startOfMention(k)) ? List.of(id) : List.of();
        }

        /**
         * The first token from {@code x} (before {@code end}) past the words that may open a subject before its name:
         * times, determiners, modifiers, capitalised words of a title.
         */
        private int pastWordsBeforeName(int x, int end) {
            while (x < end && mentionAt[x] < 0 && (inTimex[x] || is(x, SKIP_BEFORE_MENTION) || isModifier(x)
                    || isAdjectiveLike(x))) {
                x++;
            }
            return x;
        }

        /** The subject of the main clause after the phrase that opens the sentence and ends at a comma after trig. */
        private List<String> subjectAfterOpening(Sentence s, int trig) {
            int x = trig + 1;
            while (x < s.endToken() && !ts.get(x).is(",")) {
                if (ts.get(x).is(";") || ts.get(x).is(":")) {
                    return List.of();
                }
                x++;
            }
            x = pastWordsBeforeName(x + 1, s.endToken());
            if (x >= s.endToken() || mentionAt[x] < 0 || !canAct(actorOf(mentionAt[x]))) {
                return List.of();
            }
            return subject(s, lastOfMention(x));
        }

        /**
         * The token before the aside that ends at the comma {@code k} ("Britain, angered by the killing,"), or
         * {@code k} when no aside ends there.
         */
        private int pastAside(Sentence s, int k) {
            if (k > s.firstToken() && ts.get(k).is(",")) {
                int open = asideOpening(s, k);
                if (open > s.firstToken()) {
                    return open - 1;
                }
            }
            return k;
        }

        /**
         * The comma that opens an aside ending at the comma {@code close} right after a word: a relative clause
         * (", which ... ,", ", who ... ,"), a participle's phrase (", angered by ... ,", ", speaking to reporters
         * ,"), a phrase (", under pressure from ... ,", ", in a statement ... ,") or some of a group (", many of
         * them ... ,"); or -1. A list of names ("Kenya, Uganda and Tanzania") is none.
         */
        private int asideOpening(Sentence s, int close) {
            for (int j = close - 1; j > s.firstToken(); j--) {
                if (ts.get(j).is(";") || ts.get(j).is(":")) {
                    return -1;
                }
                if (ts.get(j).is(",")) {
                    return ts.get(j - 1).isWord() && opensAside(j + 1) && !listItemBefore(s, j) ? j : -1;
                }
            }
            return -1;
        }

        /**
         * True when the mention before the comma at {@code j} follows a comma itself: an item of a list ("Russia,
         * the United States, the UN and the EU"), after which "the" opens the next item, not an apposition.
         */
        private boolean listItemBefore(Sentence s, int j) {
            if (mentionAt[j - 1] < 0) {
                return false;
            }
            int b = beforeDeterminers(s, startOfMention(j - 1));
            return b > s.firstToken() && ts.get(b).is(",");
        }

        /** The token before {@code start} past the determiners and such words before a name ("the", "its"). */
        private int beforeDeterminers(Sentence s, int start) {
            int b = start - 1;
            while (b > s.firstToken() && is(b, SKIP_BEFORE_MENTION)) {
                b--;
            }
            return b;
        }

        private boolean opensAside(int k) {
            Token t = ts.get(k);
            String w = t.lower();
            if (w.equals("which") || w.equals("who") || w.equals("whose")) {
                return true;
            }
            // an apposition: "Japan, China's biggest aid donor, agreed", "Britain, the former colonial power,"
            if (mentionAt[k] >= 0 && k + 1 < ts.size() && ts.get(k + 1).is("'s")
                    || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("one") && k + 1 < ts.size()
                    && ts.get(k + 1).is("of")) {
                return true;
            }
            if (mentionAt[k] >= 0 || !t.isWord() || t.isCapitalized()) {
                return false;
            }
            return w.endsWith("ing") || pastForm(k) || is(k, PREPOSITIONS) && !ts.get(k).is("and")
                    || is(k, QUANTIFIERS) && k + 1 < ts.size() && ts.get(k + 1).is("of");
        }

        /**
         * The subject the sentence opens with, before token {@code end}: its first actor that stands in no phrase,
         * when nothing but modifiers and a time come before it.
         */
        private List<String> sentenceSubject(Sentence s, int end) {
            int x = s.firstToken();
            // past a dateline: "SEOUL - North Korea conducted ..."
            if (mentionAt[x] >= 0) {
                int last = lastOfMention(x);
                if (isDateline(s, x, last)) {
                    x = last + 2;
                }
            }
            // past an opening phrase that names no one: "Hours before dawn, the last soldiers left"
            int comma = x;
            while (comma < end && comma - x < 8 && mentionAt[comma] < 0 && !ts.get(comma).is(",")) {
                comma++;
            }
            if (comma < end && comma > x && ts.get(comma).is(",")) {
                x = comma + 1;
            }
            x = pastWordsBeforeName(x, end);
            if (x >= end || mentionAt[x] < 0 || inPhrase(s, x) || !canAct(actorOf(mentionAt[x]))) {
                return List.of();
            }
            x = lastOfMention(x);
            // "Kishida and Indonesian President Joko Widodo agreed ..., meeting": the subjects coordinated after it
            int y = x + 1;
            while (y < end && (ts.get(y).is("and") || ts.get(y).is(","))) {
                int z = y + 1;
                while (z < end && z - y <= 4 && mentionAt[z] < 0 && (is(z, SKIP_BEFORE_MENTION) || isAdjectiveLike(z))) {
                    z++;
                }
                if (z >= end || mentionAt[z] < 0 || !canAct(actorOf(mentionAt[z]))) {
                    break;
                }
                x = lastOfMention(z);
                y = x + 1;
            }
            return subject(s, x);
        }

        /**
         * The subject of the last clause reported before token {@code end} ("Pakistan said Indian troops had
         * fired shells, killing two": Indian troops), for a participle that follows it; empty when no reported
         * clause with a subject comes before.
         */
        private List<String> reportedSubject(Sentence s, int end) {
            for (int r = end - 2; r > s.firstToken(); r--) {
                if (!is(r, SAID)) {
                    continue;
                }
                int x = r + 1 < end && ts.get(r + 1).is("that") ? r + 2 : r + 1;
                x = pastWordsBeforeName(x, end);
                if (x >= end || mentionAt[x] < 0 || !canAct(actorOf(mentionAt[x]))) {
                    return List.of();
                }
                int last = lastOfMention(x);
                return last + 1 < end && !ts.get(last + 1).is(",") ? subject(s, last) : List.of();
            }
            return List.of();
        }

        /** True when a word saying the act is done together stands by the pattern: "jointly seized". */
        private boolean saysJoint(Sentence s, PatternDictionary.Found f) {
            for (int k = Math.max(s.firstToken(), f.trigger() - 3); k < Math.min(s.endToken(), f.end() + 4); k++) {
                if (is(k, JOINT)) {
                    return true;
                }
            }
            return false;
        }

        /** "held talks", "paid a visit", "attended the summit": a verb that makes the noun an event. */
        private boolean lightVerbBefore(Sentence s, int trig) {
            for (int k = trig - 1; k >= Math.max(s.firstToken(), trig - LIGHT_VERB_REACH); k--) {
                if (ts.get(k).is(",") || ts.get(k).is(";")) {
                    return false;
                }
                if (isLightVerb(k)) {
                    return true;
                }
            }
            return false;
        }

        /** True when token {@code k} is a form of a light verb ("held", "reiterated", "issues"). */
        private boolean isLightVerb(int k) {
            return k >= 0 && lemmaIs(k, LIGHT_VERBS);
        }

        /** The token of "there" or of "the country" after token {@code from} in the sentence, or -1. */
        private int countryAnaphor(Sentence s, int from) {
            for (int k = from + 1; k < s.endToken(); k++) {
                if (ts.get(k).isIgnoreCase("there")
                        || ts.get(k).isIgnoreCase("country") && ts.get(k - 1).isIgnoreCase("the")) {
                    return k;
                }
            }
            return -1;
        }

        /** People, organisations, countries and capitals act; other places do not. */
        private boolean canAct(String id) {
            Actor ac = actors.get(id);
            if (ac != null && ac.kb() == null && ac.type() == EntityType.ORGANIZATION && namesAThing(ac.name())) {
                // "the Common Agricultural Policy", "the Tumaini Initiative": a plan or a deal does not act
                return false;
            }
            if (ac == null || ac.type() != EntityType.LOCATION) {
                return ac != null;
            }
            return ac.kb() != null && (ac.kb().startsWith("countries/") || ac.kb().startsWith("capitals/"));
        }

        /** True when a name ends in the head word of a plan, a policy or a deal ("... Initiative", "... Accord"). */
        private boolean namesAThing(String name) {
            int space = name.lastIndexOf(' ');
            String last = name.substring(space + 1);
            if (THING_HEADS.contains(last)) {
                return true;
            }
            // "Tumaini Initiative for South Sudan": the head before "for", "on", "of"
            for (String link : new String[] {" for ", " on ", " of "}) {
                int at = name.indexOf(link);
                if (at > 0) {
                    String head = name.substring(name.lastIndexOf(' ', at - 1) + 1, at);
                    if (THING_HEADS.contains(head)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "killed", "endured", "drawn", "held": a verb's past participle by its form. */
        private boolean pastForm(int k) {
            String w = ts.get(k).lower();
            return regularParticiple(k) || Lemmas.BUILTIN.isIrregularParticiple(w);
        }

        private boolean isModifier(int k) {
            Token t = ts.get(k);
            // the classes' words are in lower case: the token as written is one only when it has no capital
            return t.isWord() && !t.is("'s") && Character.isLowerCase(t.text().charAt(0))
                    && !(is(k, POSSESSIVE_PRONOUNS | PREPOSITIONS | DEFINITE) && t.text().equals(t.lower()));
        }

        private int startOfMention(int t) {
            int m = mentionAt[t];
            int k = t;
            while (k > 0 && mentionAt[k - 1] == m) {
                k--;
            }
            return k;
        }

        /** From token {@code k} back, the first token that is not {@link #skippable}; before the sentence if none. */
        private int beforeSkippable(Sentence s, int k) {
            while (k >= s.firstToken() && skippable(k)) {
                k--;
            }
            return k;
        }

        /** The last token of the mention at token {@code t}. */
        private int lastOfMention(int t) {
            int m = mentionAt[t];
            int k = t;
            while (k + 1 < ts.size() && mentionAt[k + 1] == m) {
                k++;
            }
            return k;
        }

        /** True when the mention starting at token {@code start} sits after a preposition. */
        private boolean inPhrase(Sentence s, int start) {
            int k = start - 1;
            while (k >= s.firstToken() && (is(k, SKIP_BEFORE_MENTION)
                    || isAdjectiveLike(k))) {
                k--;
            }
            // "Sudan's ambassador to the UN welcomed": after someone named, "to" opens a phrase too
            boolean toAfterMention = k > s.firstToken() && ts.get(k).is("to") && mentionAt[k - 1] >= 0;
            return k >= s.firstToken() && (is(k, PREPOSITIONS) || toAfterMention);
        }

        private boolean isAdjectiveLike(int k) {
            // capitalised words of a title before a name ("Foreign Minister") belong to the name
            Token t = ts.get(k);
            return t.isWord() && t.isCapitalized() && mentionAt[k] < 0;
        }

        private boolean isPossessivePronoun(int m) {
            Mention mention = a.mentions().get(m);
            return mention.kind() == MentionKind.PRONOUN
                    && isWordOf(mention.text().toLowerCase(Locale.ROOT), POSSESSIVE_PRONOUNS);
        }

        /** The speaker of the quote or turn that holds token {@code t}, as a list. */
        private List<String> speakerList(int t) {
            Quote q = quoteAt(t);
            return q == null ? List.of() : List.of(q.speaker());
        }

        /** The quote, direct or reported, with a known speaker that token {@code t} stands in, or null. */
        private Quote quoteAt(int t) {
            int offset = ts.get(t).start();
            for (Quote q : a.quotes()) {
                if (q.span().contains(offset) && q.speaker() != null) {
                    return q;
                }
            }
            return null;
        }

        /** The two people the article is most about, when they are of different countries. */
        private List<String> mainPair() {
            Map<String, Integer> counts = new HashMap<>();
            for (Mention m : a.mentions()) {
                if (m.actor() != null && actors.get(m.actor()) != null
                        && actors.get(m.actor()).type() == EntityType.PERSON) {
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
            // a pattern may name several prepositions: "target=into|against"
            List<String> preps = prep == null ? List.of() : List.of(prep.split("\\|"));
            Set<String> out = new LinkedHashSet<>();
            String fallback = null;
            String uncoded = null;
            // the recipient may stand inside the pattern ("give Tanzania a grant") or right after it; a "that"
            // right after the verb opens the clause whose subject is asked ("demanded that the US cancel")
            int from = f.trigger() + 1;
            // a time may stand between: "demanded on Friday that the US cancel"
            // ... or right after the pattern: "expressed hopes on Thursday that Iran would"
            // (not when the recipient stands inside the pattern: "urged Taipei to avoid moves toward independence
            // that could provoke Beijing")
            for (int after : mentionWithin(f.trigger() + 1, f.end() + 1) ? new int[] {from}
                    : new int[] {from, f.end() + 1}) {
                int afterTime = after;
                while (afterTime < s.endToken() && (inTimex[afterTime] || timePreposition(afterTime))) {
                    afterTime++;
                }
                if (afterTime < s.endToken() && ts.get(afterTime).is("that")) {
                    from = afterTime + 1;
                    break;
                }
            }
            // "- * THEIR ^ ABOUT +": the preposition the pattern itself matched before its target; what stands
            // before it ("warned their Kenyan staff about X") is no target
            int prepAt = -1;
            for (int k : f.matched()) {
                if (prep != null && k > f.trigger() && preps.contains(ts.get(k).lower())) {
                    prepAt = Math.max(prepAt, k);
                }
            }
            // "* IFTAR AT ^ +": so many phrases after the pattern are skipped, whatever their prepositions
            int skip = Integer.parseInt(f.pattern().roles().getOrDefault("skip", "0"));
            boolean skipping = skip > 0;
            int first = skipping ? f.end() + 1 : Math.max(from, prepAt);
            for (int t = first; t < s.endToken() && t <= f.end() + TARGET_REACH; t++) {
                Token tok = ts.get(t);
                if (f.took(t)) {
                    continue;
                }
                // "accused the militia of ... and called on the UN": another verb's words are its own
                if (t > f.end() && triggers.contains(t) && t > 0 && ts.get(t - 1).is("and")) {
                    break;
                }
                if (tok.is(",") && t < f.end()) {
                    // within the pattern a comma joins adjectives: "restore complete, full diplomatic ties"
                    continue;
                }
                if (tok.is(";") || is(t, RELATIVE | CLAUSE_OPENERS)
                        || (tok.is(",") && t + 1 < s.endToken() && !ts.get(t + 1).isCapitalized()
                        && !ts.get(t + 1).is("and") && !inListOfThings(s, t)) || tok.is(",") && attribution(s, t + 1)) {
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
                // "met Ukraine's president": the possessor only says whose; the one met is the head after it
                if (t + 2 < s.endToken() && ts.get(t + 1).is("'s") && mentionAt[t + 2] >= 0
                        && mentionAt[t + 2] != m) {
                    m = mentionAt[t + 2];
                    t += 2;
                    while (t + 1 < s.endToken() && mentionAt[t + 1] == m) {
                        t++;
                    }
                }
                // "hosted African Union Commission Chairperson X": the body names X's title, X is the one
                int after = t + 1;
                while (after < s.endToken() && mentionAt[after] < 0 && ts.get(after).isWord()
                        && ts.get(after).isCapitalized()) {
                    after++;
                }
                if (after > t + 1 && after < s.endToken() && mentionAt[after] >= 0
                        && typeOf(mentionAt[after]) == EntityType.PERSON) {
                    m = mentionAt[after];
                    t = after;
                    while (t + 1 < s.endToken() && mentionAt[t + 1] == m) {
                        t++;
                    }
                }
                String id = actorOf(m);
                if (skip > 0) {
                    skip--;
                    continue;
                }
                // "attacked the US-backed government", "a Doha-based broadcaster": who backs or hosts it is not it
                // (forces "Saudi-led" are the leader's own, a "British-flagged tanker" Britain's)
                if (t + 2 < s.endToken() && isJoiningHyphen(t + 1) && is(t + 2, BACKER_HALVES)) {
                    continue;
                }
                // "bombed the Gaza Strip", "shelled Aleppo": a place of a country is acted on, though it does not act
                if (isPossessivePronoun(m) || source.contains(id) || !canAct(id) && !isPlaceOfCountry(id)) {
                    continue;
                }
                // "reaffirmed Japan's support for ASEAN": the possessor of the pattern's noun of a stance holds
                // it, and receives nothing; the possessor of another noun is acted on ("rejected Pyongyang's
                // demand", "suspended Niger's membership")
                if (t + 2 < s.endToken() && ts.get(t + 1).is("'s") && f.took(t + 2) && is(t + 2, OWN_ACT_NOUNS)) {
                    continue;
                }
                // "called for Kenya to hold elections": the pattern's own last word opens no phrase of the target
                int beforeAt = prepositionIndexBefore(s, start);
                String before = beforeAt < 0 || beforeAt == f.end() && f.took(beforeAt) && prep == null
                        && toInfinitiveAfter(s, t + 1) ? null : ts.get(beforeAt).lower();
                boolean ok = prep != null
                        ? before != null && preps.contains(before)
                        || (before == null && !prep.equals("to"))
                        : before == null || isWordOf(before, TARGET_PREPOSITIONS);
                if (!ok && prep == null && "by".equals(before) && f.pattern().type().equals("REQUEST")
                        && !f.pattern().noun() && fallback == null) {
                    // "demanded an apology by Tokyo", "called for a withdrawal by Israel": who is to do what is asked
                    // is who is asked (not after those asked in a country: "urged the parties in Congo to accept
                    // mediation by Zambia's president")
                    ok = true;
                }
                if (!ok && prep == null && "for".equals(before) && isDeparture(f.trigger()) && canVisit(id)) {
                    // "left for Moscow on Wednesday": where one sets out for is visited
                    ok = true;
                }
                if (!ok && prep == null && "by".equals(before) && madeBy(f, start)) {
                    // "welcomed the memos sent by Bree", "rejected the plan drawn up by Kyiv": who made the object
                    // of the act receives it
                    ok = true;
                }
                if (!ok && f.pattern().type().equals("MOBILIZE") && borderOf(t)) {
                    // "massed troops near the Ukrainian border": forces moved to a country's border face it
                    ok = true;
                }
                if (skipping) {
                    ok = true;
                }
                if (!ok && beforeAt >= 0 && ownerPreposition(beforeAt)
                        && objectsOwner(s, f, start, prep == null ? null : preps)) {
                    // "hacked into the computers of the South Korean army", "shelled the positions of the rebels",
                    // "stood with the people of southern Madagascar": whose things or people the act is done to
                    // suffers it
                    ok = true;
                }
                if (!ok) {
                    // "lifted the curfew in Montenegro": a country after "in" is the recipient if nothing else is
                    if (fallback == null && ("in".equals(before) || "at".equals(before)) && isPlaceOfCountry(id)
                            && !placeNoRecipient(f.pattern().type(), f.pattern().cameo())) {
                        fallback = id;
                    }
                    // "will travel to Washington for talks": where the journey goes hosts them, if no one else is named
                    if (fallback == null && "to".equals(before) && lemmaIs(f.trigger(), JOURNEYS) && canVisit(id)) {
                        fallback = id;
                    }
                    continue;
                }
                // "with the Syrian main opposition group": a country's name before a group of it says whose it is
                int group = t + 1 < s.endToken() ? mentionAt[t + 1] : -1;
                if (group >= 0 && group != m && typeOf(m) == EntityType.LOCATION
                        && a.mentions().get(group).kind() == MentionKind.NOMINAL && country(id) != null
                        && country(id).equals(country(actorOf(group))) && !source.contains(actorOf(group))) {
                    id = actorOf(group);
                    while (t + 1 < s.endToken() && mentionAt[t + 1] == group) {
                        t++;
                    }
                }
                // "demanded parties in Iraq allow humanitarian workers": a group of no country is the target only
                // when no one else is
                // "recognised the new government in Phnom Penh": a body of no country named with where it sits is
                // that country's
                if (ofNoCountry(List.of(id)) && t + 2 < s.endToken() && ts.get(t + 1).is("in")
                        && mentionAt[t + 2] >= 0 && isPlaceOfCountry(actorOf(mentionAt[t + 2]))
                        && a.mentions().get(m).kind() == MentionKind.NOMINAL) {
                    id = actorOf(mentionAt[t + 2]);
                }
                if (ofNoCountry(List.of(id))) {
                    // ... and not inside the pattern, where it is what is sent or given ("contribute troops to a
                    // peacekeeping force")
                    uncoded = uncoded == null && start > f.end() ? id : uncoded;
                    continue;
                }
                // "complained to NATO that Turkish jets had violated its air space", "filed a complaint with the UN over
                // Syrian shelling": a complaint is made to the one after "to" or "with", against whom it is about
                String accused = ("to".equals(before) || "with".equals(before))
                        && f.pattern().type().equals("ACCUSE") ? accusedAfter(s, t + 1, source) : null;
                out.add(accused != null ? accused : id);
                out.addAll(accused != null ? List.of() : coordinated(s, t + 1, source));
                break;
            }
            if (out.isEmpty() && fallback != null) {
                out.add(fallback);
            }
            if (out.isEmpty() && uncoded != null) {
                out.add(uncoded);
            }
            return new ArrayList<>(out);
        }

        /** True when the mention ending at {@code t} says whose a border is: "the Ukrainian border", "Iraq's frontier". */
        private boolean borderOf(int t) {
            int b = t + 1 < ts.size() && ts.get(t + 1).is("'s") ? t + 2 : t + 1;
            return b < ts.size() && is(b, BORDERS) && isPlaceOfCountry(actorOf(mentionAt[t]));
        }

        /**
         * True when the comma at {@code k} is one of a list of things that "and" closes: "flew tents, blankets and
         * medical supplies to Albania" (a few words in lower case, no name, before the next comma or "and").
         */
        private boolean inListOfThings(Sentence s, int k) {
            for (int t = k + 1; t < s.endToken() && t <= k + 4; t++) {
                Token tok = ts.get(t);
                if (t > k + 1 && (tok.is("and") || tok.is(","))) {
                    return true;
                }
                if (!tok.isWord() || tok.isCapitalized() || mentionAt[t] >= 0 || triggers.contains(t)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The actor that a complaint is about, after the body it is made to: the one that opens the clause after
         * "that" at token {@code k} ("that Turkish jets had violated"), or the phrase after "over" or "about" ("over
         * Syrian shelling"), past determiners, when it is a country's and none of {@code source}; else null.
         */
        private String accusedAfter(Sentence s, int k, List<String> source) {
            if (k >= s.endToken() || !(ts.get(k).is("that") || ts.get(k).is("over") || ts.get(k).is("about"))) {
                return null;
            }
            int x = k + 1;
            while (x < s.endToken() && x - k <= 3 && mentionAt[x] < 0 && is(x, SKIP_BEFORE_MENTION)) {
                x++;
            }
            if (x >= s.endToken() || mentionAt[x] < 0) {
                return null;
            }
            String id = actorOf(mentionAt[x]);
            return canAct(id) && !ofNoCountry(List.of(id)) && !source.contains(id) ? id : null;
        }

        /** True when a mention starts in tokens {@code [from, to)}. */
        private boolean mentionWithin(int from, int to) {
            for (int t = from; t < to; t++) {
                if (mentionAt[t] >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when an attribution starts at token {@code k}: "AFP reported", "the ministry said", "said Reuters".
         * Who tells of the act takes no part in it.
         */
        private boolean attribution(Sentence s, int k) {
            if (k < s.endToken() && ts.get(k).is("the")) {
                k++;
            }
            // ", Defence Minister Pierre Joxe said": past the words of a title
            int title = k;
            while (title < s.endToken() && title - k < 5 && isAdjectiveLike(title)) {
                title++;
            }
            if (title < s.endToken() && mentionAt[title] >= 0) {
                k = title;
            }
            if (k < s.endToken() && mentionAt[k] >= 0) {
                int m = mentionAt[k];
                while (k < s.endToken() && mentionAt[k] == m) {
                    k++;
                }
            }
            return k < s.endToken() && is(k, REPORTING);
        }

        /**
         * An act at home with no one named to suffer it is done to one's own country (PLOVER codes such domestic
         * events with the actor's country as recipient): "the government lifted the state of emergency", "Nepal's
         * opposition called a general strike". The country must be named in the document; it may be the actor
         * itself ("Nepal's opposition": the place named for the opposition stands for it).
         */
        private List<String> ownCountry(List<String> source) {
            if (countriesOf(source) != 1) {
                return new ArrayList<>();
            }
            String c = null;
            for (String id : source) {
                c = c != null ? c : country(id);
            }
            String own = null;
            for (Actor ac : a.actors()) {
                if (c.equals(ac.country()) && ac.kb() != null && ac.kb().startsWith("countries/")) {
                    if (!source.contains(ac.id())) {
                        return new ArrayList<>(List.of(ac.id()));
                    }
                    own = ac.id();
                }
            }
            return own == null ? new ArrayList<>() : new ArrayList<>(List.of(own));
        }

        /**
         * True when the actors are all groups or bodies of a country that take no part in ruling it: opposition,
         * unions, churches, not its authorities or parties.
         */
        private boolean notTheState(List<String> source) {
            for (String id : source) {
                Actor ac = actors.get(id);
                if (ac == null || ac.country() == null || ac.role() == null || AUTHORITIES.contains(ac.role())
                        || INSIDERS.contains(ac.role())) {
                    return false;
                }
            }
            return !source.isEmpty();
        }

        /**
         * People protest against those who rule them, and ask, warn and blame them: with no one named after the
         * verb, a protest (or a request, threat, accusation or refusal by people who are not the state) is against the
         * government, police, army, courts or parliament of the protesters' own country named in the sentence
         * ("Egyptian students rallied, calling for President X to step down": X).
         */
        private List<String> authorityOfSameCountry(Sentence s, List<String> source) {
            Set<String> countries = new java.util.HashSet<>();
            for (String id : source) {
                if (country(id) != null) {
                    countries.add(country(id));
                }
            }
            if (countries.size() != 1) {
                return new ArrayList<>();
            }
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                int m = mentionAt[t];
                if (m < 0 || (t > s.firstToken() && mentionAt[t - 1] == m)) {
                    continue;
                }
                Actor ac = actors.get(actorOf(m));
                if (ac != null && !source.contains(ac.id()) && ac.role() != null && AUTHORITIES.contains(ac.role())
                        && countries.contains(ac.country()) && !isPossessivePronoun(m)) {
                    return new ArrayList<>(List.of(ac.id()));
                }
            }
            return new ArrayList<>();
        }

        /**
         * A threat's recipient is the one whose act it is made against: the subject of its condition ("threatened
         * to walk out if Serbia refused", "will boycott the vote unless the government resigns").
         */
        private List<String> conditionSubject(Sentence s, PatternDictionary.Found f, List<String> source) {
            for (int t = f.end() + 1; t < s.endToken(); t++) {
                Token tok = ts.get(t);
                if (tok.is(";")) {
                    break;
                }
                if (!(tok.is("if") || tok.is("unless")) || mentionAt[t] >= 0) {
                    continue;
                }
                int k = t + 1;
                while (k < s.endToken() && k <= t + 3 && mentionAt[k] < 0
                        && (is(k, SKIP_BEFORE_MENTION) || isAdjectiveLike(k))) {
                    k++;
                }
                if (k >= s.endToken() || mentionAt[k] < 0) {
                    break;
                }
                int m = mentionAt[k];
                while (k + 1 < s.endToken() && mentionAt[k + 1] == m) {
                    k++;
                }
                // "if Serbia's army crossed": the possessor only says whose
                if (k + 2 < s.endToken() && ts.get(k + 1).is("'s") && mentionAt[k + 2] >= 0) {
                    m = mentionAt[k + 2];
                }
                String id = actorOf(m);
                if (canAct(id) && !source.contains(id) && !isPossessivePronoun(m)) {
                    return new ArrayList<>(List.of(id));
                }
                break;
            }
            return new ArrayList<>();
        }

        /**
         * True when the mention at {@code start} follows "N PARTICIPLE by" ("memos sent by", "a plan drawn up by"),
         * N a word after the trigger and no actor, or follows "N by" where N is the pattern's own noun ("rejected
         * calls by X", "welcomed an offer by X"): the mention made the verb's object.
         */
        private boolean madeBy(PatternDictionary.Found f, int start) {
            int by = start - 1;
            while (by > f.trigger() && is(by, SKIP_BEFORE_MENTION)) {
                by--;
            }
            if (ts.get(by).is("by") && by - 1 > f.trigger() && f.took(by - 1) && mentionAt[by - 1] < 0
                    && ts.get(by - 1).isWord() && !ts.get(by - 1).isCapitalized()) {
                return true;
            }
            // "rejected a ruling by the ICJ", "welcomed a decision by Washington": a verbal act's object named right
            // after the verb, and its author
            if (ts.get(by).is("by") && VERBAL.contains(f.pattern().type()) && by - 1 > f.trigger()
                    && by - f.trigger() <= 4 && !pastForm(by - 1)) {
                boolean object = true;
                for (int x = f.trigger() + 1; x < by && object; x++) {
                    object = mentionAt[x] < 0 && ts.get(x).isWord() && !ts.get(x).isCapitalized();
                }
                if (object) {
                    return true;
                }
            }
            int k = by - 1;
            if (k > f.trigger() && is(k, PARTICLES)) {
                k--;
            }
            if (!ts.get(by).is("by") || k - 1 <= f.trigger() || mentionAt[k] >= 0 || mentionAt[k - 1] >= 0) {
                return false;
            }
            // (the verb's object, not a noun of another verb after "to": "rejected the plan and offered to help
            // rebuild the stations destroyed by Israeli raids")
            for (int x = f.end() + 1; x < k - 1; x++) {
                if (ts.get(x).is("to")) {
                    return false;
                }
            }
            String w = ts.get(k).lower();
            Token noun = ts.get(k - 1);
            return (w.endsWith("ed") || is(k, MADE)) && noun.isWord() && !noun.isCapitalized()
                    && !is(k - 1, BE | PREPOSITIONS);
        }

        /**
         * True when a word of what may never happen stands right before the trigger at {@code trig}, or before the
         * names that qualify it: "any attack", "any American attack", "a possible Israeli strike".
         */
        private boolean hypothetical(Sentence s, int trig) {
            int k = trig - 1;
            while (k > s.firstToken() && trig - k <= 4 && (mentionAt[k] >= 0 || isAdjectiveLike(k))) {
                k--;
            }
            return k >= s.firstToken() && is(k, HYPOTHETICAL);
        }

        /** "of", or "with" after a border: "the positions of X", "the border with X". */
        private boolean ownerPreposition(int k) {
            return ts.get(k).is("of") || ts.get(k).is("with") && k > 0 && is(k - 1, BORDERS);
        }

        /**
         * True when the mention at {@code start} follows "the N of" where "the N" is the verb's object or follows
         * one of its prepositions: "hacked into the computers of X", "shelled the positions of X"; or where N is
         * the pattern's own last word, its object ("- * POLICIES": "criticised the policies of X"). With the
         * prepositions {@code preps} a pattern names for its target, "the N" must follow one of them ("stood with
         * the people of X"; not "discussed the export of X").
         */
        private boolean objectsOwner(Sentence s, PatternDictionary.Found f, int start, List<String> preps) {
            int of = start - 1;
            while (of > f.end() && !ownerPreposition(of)) {
                of--;
            }
            int k = of - 1;
            // "clashed over the efforts of Eriador": the pattern's own last noun may be the thing owned
            if (k == f.end() && k > f.trigger() && f.took(k)
                    && (of == start - 1 || of == start - 2 && is(of + 1, SKIP_BEFORE_MENTION | PARTS_OF_PLACES))) {
                return true;
            }
            if (k <= f.end() || mentionAt[k] >= 0 || !ts.get(k).isWord() || ts.get(k).isCapitalized()) {
                return false;
            }
            k--;
            // ("the re-election of": a word joined by hyphens is one)
            for (int n = 0; n < 3 && k > f.end() && mentionAt[k] < 0 && (isModifier(k) || ts.get(k).is("-"));
                    n++) {
                k--;
            }
            while (k > f.end() && is(k, SKIP_BEFORE_MENTION)) {
                k--;
            }
            if (preps != null) {
                // a pattern that names its target's preposition: only what follows it is owned by the target
                return preps.contains(ts.get(k).lower());
            }
            return k == f.end() || is(k, TARGET_PREPOSITIONS) && !ts.get(k).is("on");
        }

        /**
         * The actors coordinated after a target that ends before token {@code k}: "with X and Y", "with X, Y and
         * Z", "between X and the Y". A list is taken only when "and" closes it: in "met Erdogan, Putin said" the
         * comma ends the target.
         */
        private List<String> coordinated(Sentence s, int k, List<String> source) {
            List<String> list = new ArrayList<>();
            while (k < s.endToken()) {
                int j = k;
                boolean and = false;
                if (ts.get(j).is(",")) {
                    j++;
                }
                if (j < s.endToken() && ts.get(j).is("and")) {
                    j++;
                    and = true;
                }
                if (j == k) {
                    break;
                }
                if (j < s.endToken() && mentionAt[j] < 0 && ts.get(j).isIgnoreCase("the")) {
                    j++;
                }
                if (j >= s.endToken() || mentionAt[j] < 0) {
                    break;
                }
                int m = mentionAt[j];
                String next = actorOf(m);
                // with several sources one of them may be a target too ("ties between A and B may spur
                // reconciliation between C and B": A with C and B); a pair of one actor is no event
                if ((!source.contains(next) || source.size() > 1) && canAct(next) && !list.contains(next)) {
                    list.add(next);
                }
                while (j + 1 < s.endToken() && mentionAt[j + 1] == m) {
                    j++;
                }
                k = j + 1;
                if (and) {
                    return list;
                }
            }
            return List.of();
        }

        private String prepositionBefore(Sentence s, int start) {
            int k = prepositionIndexBefore(s, start);
            return k < 0 ? null : ts.get(k).lower();
        }

        /** True when "to" and a word that is no mention follow token {@code k}: "for Kenya to hold". */
        private boolean toInfinitiveAfter(Sentence s, int k) {
            return k + 1 < s.endToken() && ts.get(k).is("to") && mentionAt[k + 1] < 0 && ts.get(k + 1).isWord()
                    && !ts.get(k + 1).isCapitalized();
        }

        /** The token of the preposition that opens the phrase of the mention starting at {@code start}, or -1. */
        private int prepositionIndexBefore(Sentence s, int start) {
            int k = start - 1;
            // ("to northern Afghanistan", "in north-western Pakistan": past the part of the place too)
            while (k >= s.firstToken() && (is(k, SKIP_BEFORE_MENTION)
                    || isAdjectiveLike(k) || isQuantity(k) || is(k, PARTS_OF_PLACES)
                    || ts.get(k).is("-") && k > s.firstToken() && is(k - 1, PARTS_OF_PLACES))) {
                k--;
            }
            return k >= s.firstToken() && is(k, PREPOSITIONS) ? k : -1;
        }

        /** A place whose country is known: a country, a region, a town. */
        private boolean isPlaceOfCountry(String id) {
            Actor ac = actors.get(id);
            return ac != null && ac.type() == EntityType.LOCATION && ac.country() != null;
        }

        private boolean isDeparture(int k) {
            return lemmaIs(k, DEPARTURES);
        }

        /** A country, or a place in one: somewhere to travel to. */
        private boolean canVisit(String id) {
            return isCountry(id) || isPlaceOfCountry(id);
        }

        /** True for plain people acting together: civilians, protesters, rioters (sector CVL). */
        private boolean isCrowd(String id) {
            Actor ac = actors.get(id);
            return ac != null && ac.role() != null && CROWD_ROLES.contains(ac.role());
        }

        /** True for a country, its authorities (government, army, police, courts, parliament) or an IGO. */
        private boolean isState(String id) {
            Actor ac = actors.get(id);
            return ac != null && (isCountry(id) || ac.role() != null && AUTHORITIES.contains(ac.role())
                    || ac.code() != null && ac.code().startsWith("IGO"));
        }

        private boolean isCountry(String id) {
            Actor ac = actors.get(id);
            return ac != null && ac.kb() != null && ac.kb().startsWith("countries/");
        }

        /** A plural common noun: a lower-case word ending in "s" ("officials", "helicopters"), not "its" or "has". */
        private boolean isPluralNoun(int k) {
            Token t = ts.get(k);
            String w = t.lower();
            // ("gunmen", "militiamen", "police", "personnel": plurals with no "s")
            boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    || w.length() > 4 && w.endsWith("men") || w.equals("police") || w.equals("personnel")
                    || w.equals("people");
            return t.isWord() && !t.isCapitalized() && plural && !is(k, BETWEEN_SUBJECT_AND_VERB | POSSESSIVE_PRONOUNS);
        }

        /** "five", "168", "some", "up to": how many of a group, not a preposition's object. */
        private boolean isQuantity(int k) {
            Token t = ts.get(k);
            String w = t.lower();
            if (w.equals("of") && k > 0) {
                // "dozens of", "hundreds of"
                return is(k - 1, QUANTIFIERS);
            }
            return t.kind() == Token.Kind.NUMBER || is(k, QUANTIFIERS);
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

        /**
         * The last country named before offset {@code before}, within 600 characters, other than the source's: who
         * "there" or "the country" is.
         */
        private List<String> recentCountryActor(int before, List<String> source) {
            Set<String> sourceCountries = new java.util.HashSet<>();
            for (String id : source) {
                sourceCountries.add(country(id));
            }
            for (int i = a.mentions().size() - 1; i >= 0; i--) {
                Mention m = a.mentions().get(i);
                if (m.span().start() >= before || m.span().start() < before - 600) {
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
            return place(s, f, PLACE_REACH);
        }

        /**
         * The place of the event: a location after "in", "at", "near", "through", "across" (or "to", for a visit) within
         * {@code reach} tokens, past words of a part of it ("in northern Nigeria").
         */
        private String place(Sentence s, PatternDictionary.Found f, int reach) {
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
                int at = prepositionIndexBefore(s, t);
                String before = at < 0 ? null : ts.get(at).lower();
                // "in the occupied West Bank", "in the restive Kashmir valley": a word between the article and the
                // name says which
                if (before == null && t - 2 > s.firstToken() && isModifier(t - 1)
                        && ts.get(t - 2).is("the")) {
                    before = prepositionBefore(s, t - 1);
                }
                // "in the resort city of Sochi", "in the mountains of northern Iraq"
                boolean placeOf = before != null && before.equals("of") && at >= 1 && is(at - 1, PLACE_NOUNS);
                boolean site = afterNamedSite(s, t);
                // "near Idlib", "through Karbala", "across France" is where it happened, "near the Thai border" not
                // in Thailand
                boolean near = ("near".equals(before) || "through".equals(before) || "across".equals(before))
                        && a.mentions().get(m).kind() == MentionKind.NAME;
                if (!("in".equals(before) || "at".equals(before) || near || placeOf
                        || (to && "to".equals(before)) || site)) {
                    continue;
                }
                boolean isCountry = ac.kb() != null && ac.kb().startsWith("countries/");
                int distance = Math.abs(t - f.trigger());
                if (distance > reach) {
                    continue;
                }
                // "at State House, Nairobi": the city named after the site says where
                if (best == null || (bestIsCountry && !isCountry) || (site && !isCountry)
                        || (bestIsCountry == isCountry && distance < bestDistance)) {
                    best = id;
                    bestDistance = distance;
                    bestIsCountry = isCountry;
                }
            }
            return best;
        }

        /** True when a comma sets the place at {@code t} after a named site: "at State House, Nairobi". */
        private boolean afterNamedSite(Sentence s, int t) {
            if (t - 3 < s.firstToken() || !ts.get(t - 1).is(",")) {
                return false;
            }
            int k = t - 2;
            while (k > s.firstToken() && t - 2 - k < 4 && ts.get(k).isWord() && ts.get(k).isCapitalized()) {
                k--;
            }
            return k < t - 2 && (ts.get(k).is("at") || ts.get(k).is("in"));
        }

        private Timex time(Sentence s, int trig) {
            Timex best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Timex t : a.times()) {
                if (!s.span().contains(t.span()) || t.type() == Timex.Type.DURATION || t.type() == Timex.Type.SET
                        || modifiesNoun(t)) {
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

        /** "the 2018 agreement", "its 2020 report": a date that names a thing, not when the event happened. */
        private boolean modifiesNoun(Timex t) {
            int first = firstToken(t.span().start());
            int last = firstToken(t.span().end() - 1);
            if (first == 0 || last + 1 >= ts.size()) {
                return false;
            }
            String before = ts.get(first - 1).lower();
            Token after = ts.get(last + 1);
            boolean determiner = before.equals("the") || before.equals("a") || before.equals("an")
                    || is(first - 1, POSSESSIVE_PRONOUNS) || before.equals("'s");
            return determiner && after.isWord() && !is(last + 1, PREPOSITIONS);
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

        /**
         * Events told in one sentence happen at one place and time unless the sentence says otherwise: an event
         * without its own takes those of the events told before it in the sentence ("During Boric's visit to
         * Lima in May 2023, the two presidents also met"), never of one told after it ("praised Turkey's role
         * and said Germany would help the grain reach Africa": Africa is not where the praise was).
         */
        private void shareWithinSentence(int from) {
            String place = null;
            String date = null;
            String time = null;
            for (int i = from; i < events.size(); i++) {
                Event e = events.get(i);
                if ((e.place() == null && place != null) || (e.date() == null && date != null)) {
                    e = new Event(e.id(), e.type(), e.mode(), e.cameo(), e.source(), e.target(),
                            e.date() != null ? e.date() : date, e.date() != null ? e.time() : time,
                            e.place() != null ? e.place() : place, e.trigger(), e.span(), e.negated(),
                            e.confidence());
                    events.set(i, e);
                }
                place = place == null ? e.place() : place;
                if (date == null && e.date() != null) {
                    date = e.date();
                    time = e.time();
                }
            }
        }

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

        private Event sameSentenceEvent(Sentence s, String type, String cameo, List<String> source) {
            for (Event e : events) {
                // events read for their CAMEO codes alone are the same event only with the same code
                if (e.span().equals(s.span()) && e.type().equals(type) && e.source().containsAll(source)
                        && (!type.equals(PetrarchVerbs.CAMEO_ONLY) || e.cameo().equals(cameo))) {
                    return e;
                }
            }
            return null;
        }

        private boolean spanHasPhoneWord(PatternDictionary.Found f) {
            for (int t = f.trigger(); t <= f.end(); t++) {
                String w = ts.get(t).lower();
                if (w.equals("phone") || w.startsWith("telephon") || w.equals("video") || w.startsWith("videoconf")) {
                    return true;
                }
            }
            return false;
        }

        private boolean before(Sentence s, int trig, int reach, long classes) {
            for (int t = Math.max(s.firstToken(), trig - reach); t < trig; t++) {
                if (is(t, classes)) {
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
                    && is(trig - 2, TO_FUTURE);
        }

        /** The type of the actor a mention refers to. */
        private EntityType typeOf(int m) {
            Actor ac = actors.get(actorOf(m));
            return ac == null ? a.mentions().get(m).type() : ac.type();
        }

        private String actorOf(int m) {
            return a.mentions().get(m).actor();
        }

        /** How many distinct countries the actors belong to. */
        private int countriesOf(List<String> ids) {
            Set<String> out = new java.util.HashSet<>();
            for (String id : ids) {
                if (country(id) != null) {
                    out.add(country(id));
                }
            }
            return out.size();
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
