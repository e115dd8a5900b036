package org.stepin.app.evaluate.metrics;

import java.util.List;

/**
 * The confusion table at a scorer's alert threshold and the rates read from it. A rate whose
 * denominator is zero is {@link Double#NaN} (undefined), never a made-up 0 or 1. Immutable.
 *
 * @param truePositives alerts on positive items
 * @param falsePositives alerts on negative items
 * @param falseNegatives positive items without an alert
 * @param trueNegatives negative items without an alert
 */
public record Confusion(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    /** Validates. */
    public Confusion {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("negative count in " + truePositives + "/" + falsePositives + "/"
                    + falseNegatives + "/" + trueNegatives);
        }
    }

    /** Counts {@code predictions}. */
    public static Confusion of(List<Prediction> predictions) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (Prediction prediction : predictions) {
            if (prediction.alert()) {
                if (prediction.positive()) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (prediction.positive()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    /** All items. */
    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Items labelled positive. */
    public long positives() {
        return truePositives + falseNegatives;
    }

    /** Items labelled negative. */
    public long negatives() {
        return falsePositives + trueNegatives;
    }

    /** Share of alerts that were right: TP / (TP + FP). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of positives alerted on: TP / (TP + FN). */
    public double recall() {
        return ratio(truePositives, positives());
    }

    /** Harmonic mean of precision and recall; 0 when both are 0, NaN when either is undefined. */
    public double f1() {
        double precision = precision();
        double recall = recall();
        if (Double.isNaN(precision) || Double.isNaN(recall)) {
            return Double.NaN;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Share of all items alerted on. */
    public double alertRate() {
        return ratio(truePositives + falsePositives, total());
    }

    /** Share of negatives alerted on (false-positive rate): the everyday alert rate on GoEmotions. */
    public double negativeAlertRate() {
        return ratio(falsePositives, negatives());
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
