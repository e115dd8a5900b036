package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.stepin.core.classify.Probabilities;

/**
 * Gold and predicted labels of a set of items, and the scores derived from them: per-label precision,
 * recall and F1, macro-F1, accuracy, and "any risk" detection (a risk label predicted for an item whose
 * gold label is a risk label, whichever). Immutable.
 *
 * @param labels the labels to report, in order
 * @param gold the gold label of each item
 * @param predicted the predicted label of each item
 */
public record Confusion(List<String> labels, List<String> gold, List<String> predicted) {

    /** Validates and copies. */
    public Confusion {
        labels = List.copyOf(labels);
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
    }

    /** The counts and scores of {@code label}. */
    public LabelMetrics metrics(String label) {
        requireNonNull(label, "label");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean isGold = gold.get(i).equals(label);
            boolean isPredicted = predicted.get(i).equals(label);
            if (isGold && isPredicted) {
                tp++;
            } else if (isPredicted) {
                fp++;
            } else if (isGold) {
                fn++;
            }
        }
        return new LabelMetrics(label, tp, fp, fn);
    }

    /** Metrics for every label in {@link #labels()}. */
    public List<LabelMetrics> all() {
        List<LabelMetrics> out = new ArrayList<>();
        for (String label : labels) {
            out.add(metrics(label));
        }
        return out;
    }

    /** Unweighted mean F1 over {@link #labels()}. */
    public double macroF1() {
        return all().stream().mapToDouble(LabelMetrics::f1).average().orElse(0);
    }

    /** Unweighted mean F1 over the risk labels (every label but "none"). */
    public double riskMacroF1() {
        return all().stream().filter(m -> !Probabilities.NONE_LABEL.equals(m.label()))
                .mapToDouble(LabelMetrics::f1).average().orElse(0);
    }

    /** Share of items whose predicted label is the gold label. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                right++;
            }
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** Risk versus none: a risk item counts as found when any risk label is predicted for it. */
    public LabelMetrics anyRisk() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean isRisk = !Probabilities.NONE_LABEL.equals(gold.get(i));
            boolean saidRisk = !Probabilities.NONE_LABEL.equals(predicted.get(i));
            if (isRisk && saidRisk) {
                tp++;
            } else if (saidRisk) {
                fp++;
            } else if (isRisk) {
                fn++;
            }
        }
        return new LabelMetrics("any risk", tp, fp, fn);
    }
}
