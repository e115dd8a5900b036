package org.stepin.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Folds spread every label evenly and depend only on the items, k and the seed. */
class StratifiedFoldsTest {
    private static final List<String> ITEMS = items();

    private static List<String> items() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            items.add("a");
        }
        for (int i = 0; i < 12; i++) {
            items.add("b");
        }
        for (int i = 0; i < 7; i++) {
            items.add("c");
        }
        return items;
    }

    @Test
    void shouldSpreadEachLabelAcrossFoldsWithinOne() {
        int[] folds = StratifiedFolds.assign(ITEMS, Function.identity(), 5, 1L);
        for (String label : List.of("a", "b", "c")) {
            int[] counts = new int[5];
            for (int i = 0; i < ITEMS.size(); i++) {
                if (ITEMS.get(i).equals(label)) {
                    counts[folds[i]]++;
                }
            }
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int count : counts) {
                min = Math.min(min, count);
                max = Math.max(max, count);
            }
            assertThat(max - min).as(label).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void shouldRepeatForTheSameSeedAndChangeForAnother() {
        int[] first = StratifiedFolds.assign(ITEMS, Function.identity(), 5, 7L);
        assertThat(StratifiedFolds.assign(ITEMS, Function.identity(), 5, 7L)).isEqualTo(first);
        assertThat(StratifiedFolds.assign(ITEMS, Function.identity(), 5, 8L)).isNotEqualTo(first);
        assertThatThrownBy(() -> StratifiedFolds.assign(ITEMS, Function.identity(), 1, 7L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
