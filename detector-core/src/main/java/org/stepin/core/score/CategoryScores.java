package org.stepin.core.score;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.stepin.core.lexicon.Category;

/**
 * Immutable copies of per-category score maps that iterate in {@link Category} order. {@code Map.copyOf}
 * iterates in an order that changes from one JVM to the next, so whatever walks the scores (a reason that
 * names the worst category, a report, a serialised alert) could differ between two runs on the same
 * message. Stateless.
 */
public final class CategoryScores {

    private CategoryScores() {
    }

    /**
     * An unmodifiable copy of {@code scores} in {@link Category} order.
     *
     * @throws NullPointerException when the map, a key or a value is null
     */
    public static Map<Category, Double> copyOf(Map<Category, Double> scores) {
        requireNonNull(scores, "scores");
        if (scores.isEmpty()) {
            return Map.of();
        }
        EnumMap<Category, Double> copy = new EnumMap<>(Category.class);
        scores.forEach((category, score) -> copy.put(requireNonNull(category, "category"),
                requireNonNull(score, "score")));
        return Collections.unmodifiableMap(copy);
    }
}
