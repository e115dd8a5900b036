package org.stepin.app.evaluate.metrics;

/**
 * One point of a ROC curve (x = false-positive rate, y = true-positive rate) or of a precision-recall
 * curve (x = recall, y = precision), reached by alerting on every item whose risk is at least
 * {@code threshold}. Immutable.
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 * @param threshold the risk threshold; {@link Double#POSITIVE_INFINITY} for the "alert on nothing" point
 */
public record CurvePoint(double x, double y, double threshold) {
}
