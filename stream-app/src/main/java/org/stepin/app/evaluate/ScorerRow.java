package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import org.stepin.app.evaluate.metrics.BinaryMetrics;

/**
 * One row of a data set's table: a scorer and what it measured. Immutable.
 *
 * @param scorer the scorer's name
 * @param rule the scorer's alert rule, for the report
 * @param metrics the measurements
 */
public record ScorerRow(String scorer, String rule, BinaryMetrics metrics) {

    /** Validates. */
    public ScorerRow {
        requireNonNull(scorer, "scorer");
        requireNonNull(rule, "rule");
        requireNonNull(metrics, "metrics");
    }
}
