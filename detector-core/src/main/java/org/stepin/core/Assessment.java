package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.CategoryScores;
import org.stepin.core.score.Severity;

/**
 * The detector's verdict on one message: severity, a score per category, the evidence with its
 * context marks, and the lexicon and model versions that produced it. Immutable.
 *
 * @param severity the overall severity
 * @param scores positive scores by category, 0..1
 * @param evidence the phrases behind the scores, spans into the original message
 * @param reason why this severity, in one sentence
 * @param truncated true when the message exceeded the analysis caps and its tail was not analysed
 * @param lexiconVersion the lexicon version
 * @param modelVersion the version of the scoring model
 */
public record Assessment(Severity severity, Map<Category, Double> scores, List<Evidence> evidence, String reason,
                         boolean truncated, String lexiconVersion, String modelVersion) {

    public Assessment {
        requireNonNull(severity, "severity");
        requireNonNull(reason, "reason");
        requireNonNull(lexiconVersion, "lexiconVersion");
        requireNonNull(modelVersion, "modelVersion");
        scores = CategoryScores.copyOf(scores);
        evidence = List.copyOf(evidence);
    }

    /** The score of {@code category}, 0 when it has none. */
    public double score(Category category) {
        return scores.getOrDefault(category, 0.0);
    }

    /** True when a caseworker should step in (MODERATE or above). */
    public boolean needsStepIn() {
        return severity.atLeast(Severity.MODERATE);
    }
}
