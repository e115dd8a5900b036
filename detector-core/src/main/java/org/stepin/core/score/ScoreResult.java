package org.stepin.core.score;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.stepin.core.lexicon.Category;

/**
 * What the scorer made of one message. Immutable.
 *
 * @param severity the overall severity
 * @param scores the positive category scores
 * @param evidence every risk match with its effective category and weight
 * @param reason one sentence a worker or analyst can read: why this severity
 */
public record ScoreResult(Severity severity, Map<Category, Double> scores, List<ScoredMatch> evidence,
                          String reason) {

    /** Copies the collections. */
    public ScoreResult {
        requireNonNull(severity, "severity");
        requireNonNull(reason, "reason");
        scores = CategoryScores.copyOf(scores);
        evidence = List.copyOf(evidence);
    }
}
