package org.stepin.app.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the worst mistakes for analysts: the most confident false alarms and the lowest-risk misses. */
final class Examples {
    /** How many of each kind a report shows. */
    static final int WORST = 20;

    private Examples() {
    }

    /** The false alarms with the highest risk first. */
    static List<Example> worstFalsePositives(List<Example> falsePositives) {
        List<Example> sorted = new ArrayList<>(falsePositives);
        sorted.sort(Comparator.comparingDouble(Example::risk).reversed().thenComparing(Example::id));
        return List.copyOf(sorted.subList(0, Math.min(WORST, sorted.size())));
    }

    /** The misses with the lowest risk first: what the contender did not see at all. */
    static List<Example> worstFalseNegatives(List<Example> falseNegatives) {
        List<Example> sorted = new ArrayList<>(falseNegatives);
        sorted.sort(Comparator.comparingDouble(Example::risk).thenComparing(Example::id));
        return List.copyOf(sorted.subList(0, Math.min(WORST, sorted.size())));
    }
}
