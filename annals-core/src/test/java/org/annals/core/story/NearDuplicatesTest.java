package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Near-copies: wire copy republished with light changes is found; another report of the same event is not. */
class NearDuplicatesTest {

    private static final String WIRE = """
            Lisbon, 4 March 2025 (Atlantic Wire) - Portugal and Morocco signed an agreement on Tuesday to build a
            power cable under the Strait of Gibraltar, the two governments said in a joint statement. The cable, to
            be finished by 2029, will carry solar power from the Moroccan desert to the Iberian grid. Officials
            said the project would cost about 1.2 billion euros and would be paid for in part by European loans.
            The energy ministers of both countries attended the signing at the foreign ministry in Lisbon.
            """;

    /** The same wire copy under another outlet's headline and boilerplate, one word changed. */
    private static final String REPUBLISHED = """
            CABLE DEAL SIGNED | The Coastal Herald | Read more world news
            Lisbon, 4 March 2025 (Atlantic Wire) - Portugal and Morocco signed an agreement on Tuesday to build a
            power cable under the Strait of Gibraltar, the two governments said in a joint statement. The cable, to
            be completed by 2029, will carry solar power from the Moroccan desert to the Iberian grid. Officials
            said the project would cost about 1.2 billion euros and would be paid for in part by European loans.
            The energy ministers of both countries attended the signing at the foreign ministry in Lisbon.
            Share this article. Comments are closed.
            """;

    /** Another outlet's own report of the same signing. */
    private static final String OWN_REPORT = """
            Rabat and Lisbon have agreed to lay an undersea electricity link between the two kingdoms' grids,
            Moroccan officials announced, in a deal worth more than a billion euros. Morocco's energy minister
            said the line would export power from solar farms in the south by the end of the decade.
            """;

    @Test
    void theSignatureOfATextIsTheSameFromReleaseToRelease() {
        // signatures are stored and compared across runs: these are the values of the first implementation
        int[] sig = NearDuplicates.signature(WIRE);
        assertEquals(NearDuplicates.HASHES, sig.length);
        assertEquals(37229816, sig[0]);
        assertEquals(71384450, sig[1]);
        assertEquals(1462829, sig[127]);
        assertEquals(1235613856, java.util.Arrays.hashCode(sig));
    }

    @Test
    void aRepublishedWireCopyPointsToTheFirstDocument() {
        NearDuplicates d = new NearDuplicates();
        assertEquals(-1, d.add(WIRE));
        assertEquals(0, d.add(REPUBLISHED));
        assertTrue(d.similarity(0, 1) >= d.threshold());
    }

    @Test
    void anotherOutletsOwnReportOfTheSameEventIsNotACopy() {
        NearDuplicates d = new NearDuplicates();
        d.add(WIRE);
        assertEquals(-1, d.add(OWN_REPORT));
        assertTrue(d.similarity(0, 1) < 0.2);
    }

    @Test
    void aCopyOfACopyPointsToTheFirstOfTheGroup() {
        NearDuplicates d = new NearDuplicates();
        d.add(WIRE);
        d.add(OWN_REPORT);
        d.add(REPUBLISHED);
        assertEquals(0, d.add(REPUBLISHED + " Updated at 14:00."));
        assertEquals(0, d.groupOf(3));
        assertEquals(1, d.groupOf(1));
    }

    @Test
    void aTextTooShortForOneShingleIsNeverACopy() {
        NearDuplicates d = new NearDuplicates();
        d.add("Ceasefire holds.");
        assertEquals(-1, d.add("Ceasefire holds."));
    }

    @Test
    void theTablesGrowPastTheExpectedSizeAndStillFindCopies() {
        NearDuplicates d = new NearDuplicates(0.5, 2);
        for (int i = 0; i < 300; i++) {
            assertEquals(-1, d.add("Bulletin number " + i + " reports that the river at gauge " + (i * 7)
                    + " rose by " + (i * 3) + " centimetres overnight in district " + (i * 11) + " of the valley."));
        }
        assertEquals(-1, d.add(WIRE));
        assertEquals(300, d.add(REPUBLISHED));
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(1.5, 10));
    }
}
