package org.stepin.app.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic k-fold split for cross-validating a learned tier on the seed corpus: the indexes
 * 0..n-1 shuffled with a fixed seed and dealt round-robin into k folds, so every run tests the same
 * folds.
 */
final class KFold {
    /** Folds used when a contender is trainable. */
    static final int FOLDS = 5;
    private static final long SEED = 20_261_122L;

    private KFold() {
    }

    /** The test indexes of each of {@code k} folds over {@code n} items. */
    static List<List<Integer>> split(int n, int k) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("k must be between 2 and n=" + n + ": " + k);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        List<List<Integer>> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            folds.get(i % k).add(order.get(i));
        }
        return folds.stream().map(List::copyOf).toList();
    }
}
