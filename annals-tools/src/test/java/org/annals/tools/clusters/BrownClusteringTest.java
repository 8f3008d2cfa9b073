package org.annals.tools.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BrownClusteringTest {

    private static final List<List<String>> CLASSES = List.of(
            List.of("the", "a", "this"),
            List.of("cat", "dog", "bird", "horse"),
            List.of("sat", "ran", "slept", "ate"),
            List.of("in", "near", "to"),
            List.of("Paris", "London", "Rome", "Berlin"),
            List.of("."));

    /** Every sentence "DET NOUN VERB PREP PLACE ." that the classes make, as one text. */
    private static List<List<String>> grammar() {
        List<String> out = new ArrayList<>();
        for (String d : CLASSES.get(0)) {
            for (String n : CLASSES.get(1)) {
                for (String v : CLASSES.get(2)) {
                    for (String p : CLASSES.get(3)) {
                        for (String l : CLASSES.get(4)) {
                            out.addAll(List.of(d, n, v, p, l, "."));
                        }
                    }
                }
            }
        }
        return List.of(out);
    }

    private static Map<String, String> cluster(List<List<String>> sentences, int window, int threads) {
        Map<String, Integer> count = new HashMap<>();
        sentences.forEach(s -> s.forEach(w -> count.merge(w, 1, Integer::sum)));
        List<String> words = new ArrayList<>(count.keySet());
        words.sort((x, y) -> count.get(y) - count.get(x) != 0 ? count.get(y) - count.get(x) : x.compareTo(y));
        List<int[]> ids = new ArrayList<>();
        for (List<String> s : sentences) {
            ids.add(s.stream().mapToInt(words::indexOf).toArray());
        }
        BrownClustering.Result r = new BrownClustering(window, threads, line -> { }).verifying().cluster(words, ids);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            out.put(words.get(i), r.paths()[i]);
        }
        return out;
    }

    @Test
    void wordsOfTheSameUseShareAClusterAndOthersDoNot() {
        Map<String, String> paths = cluster(grammar(), CLASSES.size(), 1);
        for (List<String> c : CLASSES) {
            for (String w : c) {
                assertEquals(paths.get(c.get(0)), paths.get(w), w + " with " + c.get(0));
            }
        }
        for (int i = 0; i < CLASSES.size(); i++) {
            for (int j = i + 1; j < CLASSES.size(); j++) {
                assertNotEquals(paths.get(CLASSES.get(i).get(0)), paths.get(CLASSES.get(j).get(0)));
            }
        }
        assertTrue(paths.values().stream().allMatch(p -> p.matches("[01]+")), paths.toString());
    }

    @Test
    void pathsArePrefixFreeLeavesOfOneTree() {
        Map<String, String> paths = cluster(grammar(), CLASSES.size(), 1);
        List<String> distinct = paths.values().stream().distinct().toList();
        assertEquals(CLASSES.size(), distinct.size());
        for (String x : distinct) {
            for (String y : distinct) {
                assertTrue(x.equals(y) || !y.startsWith(x), x + " is a prefix of " + y);
            }
        }
    }

    @Test
    void keptLossesMatchFullOnesAndThreadsDoNotChangeTheResult() {
        // random text over a skewed vocabulary, enough words for a window of 70 to merge many times
        Random random = new Random(7);
        List<List<String>> sentences = new ArrayList<>();
        for (int s = 0; s < 400; s++) {
            List<String> sentence = new ArrayList<>();
            int prev = 0;
            for (int k = 0; k < 12; k++) {
                int w = (int) Math.abs(random.nextGaussian() * 40) + (prev % 3) * 7;
                sentence.add("w" + w);
                prev = w;
            }
            sentences.add(sentence);
        }
        Map<String, String> one = cluster(sentences, 70, 1);
        Map<String, String> two = cluster(sentences, 70, 2);
        assertEquals(one, two);
        assertTrue(one.values().stream().distinct().count() == 70);
    }

    @Test
    void refusesFewerWordsThanClusters() {
        assertThrows(IllegalArgumentException.class,
                () -> new BrownClustering(10, 1, l -> { }).cluster(List.of("a", "b"), List.of(new int[] {0, 1})));
    }
}
