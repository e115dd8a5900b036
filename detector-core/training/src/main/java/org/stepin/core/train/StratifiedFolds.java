package org.stepin.core.train;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Assigns items to k folds so that every label is spread evenly across them: the items of each label
 * (labels in sorted order) are shuffled with one seeded {@link Random} and dealt out round-robin.
 * The same items, k and seed always give the same folds. Stateless.
 */
public final class StratifiedFolds {
    private StratifiedFolds() {
    }

    /**
     * The fold (0..k-1) of each item, by index.
     *
     * @throws IllegalArgumentException when k is below 2
     */
    public static <T> int[] assign(List<T> items, Function<T, String> label, int k, long seed) {
        requireNonNull(items, "items");
        requireNonNull(label, "label");
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, got " + k);
        }
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byLabel.computeIfAbsent(label.apply(items.get(i)), key -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] folds = new int[items.size()];
        int dealt = 0;
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int index : indices) {
                folds[index] = dealt++ % k;
            }
        }
        return folds;
    }
}
