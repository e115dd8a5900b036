package org.stepin.app.evaluate.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Threshold-free metrics read from the order of risk scores: ROC-AUC, average precision and the two
 * curves. Items with equal risk form one step (a tie is never broken by input order). A metric that
 * needs both classes is {@link Double#NaN} when one class is missing.
 */
public final class RankMetrics {
    private RankMetrics() {
    }

    /**
     * ROC-AUC as the Mann-Whitney statistic: the chance that a random positive scores above a random
     * negative, a tie counting one half. Computed from mid-ranks in O(n log n).
     */
    public static double rocAuc(List<Prediction> predictions) {
        List<Prediction> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble(Prediction::risk));
        long positives = 0;
        double positiveRankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).risk() == sorted.get(i).risk()) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k).positive()) {
                    positives++;
                    positiveRankSum += midRank;
                }
            }
            i = j;
        }
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Average precision: the sum over thresholds of precision times the gain in recall, the area under
     * the step precision-recall curve (as scikit-learn computes it).
     */
    public static double averagePrecision(List<Prediction> predictions) {
        List<CurvePoint> curve = precisionRecallCurve(predictions);
        if (curve.isEmpty()) {
            return Double.NaN;
        }
        double area = 0;
        double previousRecall = 0;
        for (CurvePoint point : curve) {
            area += (point.x() - previousRecall) * point.y();
            previousRecall = point.x();
        }
        return area;
    }

    /** The ROC curve from (0, 0) to (1, 1), one point per distinct risk; empty when a class is missing. */
    public static List<CurvePoint> rocCurve(List<Prediction> predictions) {
        long positives = predictions.stream().filter(Prediction::positive).count();
        long negatives = predictions.size() - positives;
        List<CurvePoint> curve = new ArrayList<>();
        if (positives == 0 || negatives == 0) {
            return curve;
        }
        curve.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
        for (Step step : steps(predictions)) {
            curve.add(new CurvePoint((double) step.falsePositives / negatives,
                    (double) step.truePositives / positives, step.threshold));
        }
        return List.copyOf(curve);
    }

    /**
     * The precision-recall curve, x = recall and y = precision, one point per distinct risk from the
     * highest down; empty when there is no positive.
     */
    public static List<CurvePoint> precisionRecallCurve(List<Prediction> predictions) {
        long positives = predictions.stream().filter(Prediction::positive).count();
        List<CurvePoint> curve = new ArrayList<>();
        if (positives == 0) {
            return curve;
        }
        for (Step step : steps(predictions)) {
            curve.add(new CurvePoint((double) step.truePositives / positives,
                    (double) step.truePositives / (step.truePositives + step.falsePositives), step.threshold));
        }
        return List.copyOf(curve);
    }

    /** Cumulative counts when alerting on risk >= each distinct risk, highest first. */
    private static List<Step> steps(List<Prediction> predictions) {
        List<Prediction> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble(Prediction::risk).reversed());
        List<Step> steps = new ArrayList<>();
        long truePositives = 0;
        long falsePositives = 0;
        int i = 0;
        while (i < sorted.size()) {
            double threshold = sorted.get(i).risk();
            while (i < sorted.size() && sorted.get(i).risk() == threshold) {
                if (sorted.get(i).positive()) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                i++;
            }
            steps.add(new Step(threshold, truePositives, falsePositives));
        }
        return steps;
    }

    private record Step(double threshold, long truePositives, long falsePositives) {
    }
}
