package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** PLOVER 0.5b1 gold records read and scored against events coded by the current manual. */
class PloverGsrTest {

    private static final String RECORDS = """
            [{"id": "X-0", "event": "DOCUMENT", "text": ""},
             {"id": "X-1", "event": "AGREE", "text": "The rebels said they would free the hostages.",
              "source": [{"actorText": "rebels", "code": "COL"}], "target": [{"actorText": "hostages", "code": "COL"}]},
             {"id": "X-2", "event": "DISAPPROVE", "text": "Chile criticised Peru.",
              "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]}]
            """;

    @Test
    void categoriesOf05b1AreNamedAsTheCurrentManualNamesThem() throws Exception {
        List<PloverGsr.Record> r = PloverGsr.read(new StringReader(RECORDS), "test.json");
        assertEquals(2, r.size(), "the documentation record is no event");
        assertEquals("AGREE", r.get(0).category());
        assertEquals("ACCUSE", r.get(1).category());
        assertEquals(Set.of("CHL"), r.get(1).source());
    }

    @Test
    void anEventTheCurrentManualMovedIsScoredWhere05b1PutIt() {
        assertEquals("AGREE", PloverGsr.as05b1("CONCEDE", "0352"), "an intention to release: AGREE in 0.5b1");
        assertEquals("SUPPORT", PloverGsr.as05b1("CONCEDE", "055"), "an apology");
        assertEquals("SANCTION", PloverGsr.as05b1("COERCE", "163"), "an embargo");
        assertEquals("CONCEDE", PloverGsr.as05b1("CONCEDE", "0813"), "a curfew lifted stays where it was");
        assertEquals("ASSAULT", PloverGsr.as05b1("ASSAULT", null));

        PloverGsr.Record gold = new PloverGsr.Record("X-1", "", "AGREE", Set.of("COL"), Set.of("COL"), false, -1, -1);
        EventScorer s = new EventScorer();
        s.add(gold, List.of(new EventScorer.Coded(PloverGsr.as05b1("CONCEDE", "0352"), Set.of("COL"),
                Set.of("COL"))), List.of());
        assertEquals(1, s.category().correct());
        assertEquals(1, s.dyad().correct());
    }
}
