package org.stepin.app.evaluate.contender;

import java.util.List;
import java.util.Optional;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * A contender's verdict on one text. Immutable.
 *
 * @param score the risk score: higher is more at risk; any scale, only its order matters (ROC, PR)
 * @param alert true when the contender would tell a worker at its own threshold
 * @param severity the severity, for contenders that grade one
 * @param category the category that drives the score, for contenders that have categories
 * @param evidence the phrases behind the score, as found in the text (for analysts' example tables)
 * @param truncated true when the contender read only the start of the text (stepin's analysis cap)
 */
public record Risk(double score, boolean alert, Optional<Severity> severity, Optional<Category> category,
                   List<String> evidence, boolean truncated) {

    public Risk {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN");
        }
        evidence = List.copyOf(evidence);
    }

    /** A verdict without severity or category. */
    public static Risk of(double score, boolean alert, List<String> evidence) {
        return new Risk(score, alert, Optional.empty(), Optional.empty(), evidence, false);
    }
}
