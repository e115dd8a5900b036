package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import org.stepin.app.evaluate.metrics.BinaryMetrics;

/**
 * One row of a data set's table: a contender and what it measured. Immutable.
 *
 * @param contender the contender's name
 * @param rule the contender's alert rule, for the report
 * @param metrics the measurements
 */
public record ContenderRow(String contender, String rule, BinaryMetrics metrics) {

    public ContenderRow {
        requireNonNull(contender, "contender");
        requireNonNull(rule, "rule");
        requireNonNull(metrics, "metrics");
    }
}
