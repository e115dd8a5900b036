package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

/**
 * Counts and scores for one label. Immutable.
 *
 * @param label a category id or "none"
 * @param truePositives items of this label predicted as it
 * @param falsePositives items of another label predicted as it
 * @param falseNegatives items of this label predicted as another
 */
public record LabelMetrics(String label, int truePositives, int falsePositives, int falseNegatives) {

    /** Validates the counts. */
    public LabelMetrics {
        requireNonNull(label, "label");
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count for " + label);
        }
    }

    /** Items that carry this label. */
    public int support() {
        return truePositives + falseNegatives;
    }

    /** TP / (TP + FP), 0 when nothing was predicted as this label. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN), 0 when no item carries this label. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
