package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;

/**
 * A two-by-two confusion table (items predicted positive or not, against items labelled positive or
 * not) and the rates read from it: the one table of every quality number in the project, from the
 * classifier report's per-label scores to the evaluation's alert threshold. Immutable.
 *
 * <p>Empty denominators, one rule: a rate whose denominator is 0 is {@link Double#NaN}, undefined
 * (the reports print "n/a", JSON null), never a made-up 0 or 1. So a predictor that never says
 * "positive" has no precision, and a set without positives has no recall. F1 is
 * {@code 2TP / (2TP + FP + FN)}: equal to the harmonic mean of precision and recall whenever both are
 * defined, 0 when there was something to find or something predicted but nothing right, and NaN only
 * when the table has neither a positive item nor a positive prediction. This is scikit-learn's
 * definition of F1 and its {@code zero_division=np.nan} for precision and recall.
 *
 * @param truePositives positive items predicted positive
 * @param falsePositives negative items predicted positive
 * @param falseNegatives positive items predicted negative
 * @param trueNegatives negative items predicted negative
 */
public record Confusion(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public Confusion {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("negative count in TP/FP/FN/TN " + truePositives + "/"
                    + falsePositives + "/" + falseNegatives + "/" + trueNegatives);
        }
    }

    /** Counts {@code items}: {@code predictedPositive} says what was predicted, {@code positive} the label. */
    public static <T> Confusion count(List<T> items, Predicate<? super T> predictedPositive,
                                      Predicate<? super T> positive) {
        requireNonNull(predictedPositive, "predictedPositive");
        requireNonNull(positive, "positive");
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (T item : items) {
            boolean predicted = predictedPositive.test(item);
            boolean labelled = positive.test(item);
            if (predicted && labelled) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (labelled) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Items labelled positive (a label's support). */
    public long positives() {
        return truePositives + falseNegatives;
    }

    /** Items labelled negative. */
    public long negatives() {
        return falsePositives + trueNegatives;
    }

    /** Items predicted positive. */
    public long predictedPositives() {
        return truePositives + falsePositives;
    }

    /** Share of positive predictions that were right, TP / (TP + FP); NaN without positive predictions. */
    public double precision() {
        return ratio(truePositives, predictedPositives());
    }

    /** Share of positive items predicted positive, TP / (TP + FN); NaN without positive items. */
    public double recall() {
        return ratio(truePositives, positives());
    }

    /** 2TP / (2TP + FP + FN); NaN only when there is no positive item and no positive prediction. */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Share of all items predicted positive (the alert rate); NaN for an empty table. */
    public double predictedPositiveRate() {
        return ratio(predictedPositives(), total());
    }

    /** Share of negative items predicted positive, FP / (FP + TN); NaN without negative items. */
    public double falsePositiveRate() {
        return ratio(falsePositives, negatives());
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
