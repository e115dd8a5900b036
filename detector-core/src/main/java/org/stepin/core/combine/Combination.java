package org.stepin.core.combine;

import java.util.List;
import java.util.Map;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.CategoryScores;
import org.stepin.core.score.Severity;

/**
 * The combiner's verdict on one message. Immutable.
 *
 * @param scores per category, on the severity policy's scale (so its thresholds give {@code levels}); only
 *     categories with lexicon evidence or at least LOW
 * @param severity the highest level over the categories (never IMMINENT: that stays with the rules)
 * @param changes the categories whose level the classifier moved away from the rules tier's, in category
 *     order
 */
public record Combination(Map<Category, Double> scores, Severity severity, List<Change> changes) {

    /** Copies the scores and changes. */
    public Combination {
        scores = CategoryScores.copyOf(scores);
        changes = List.copyOf(changes);
    }

    /**
     * A category whose level the classifier moved.
     *
     * @param category the category
     * @param probability the classifier's probability for it
     * @param rulesLevel the rules tier's level
     * @param level the combined level
     */
    public record Change(Category category, double probability, Severity rulesLevel, Severity level) {
    }
}
