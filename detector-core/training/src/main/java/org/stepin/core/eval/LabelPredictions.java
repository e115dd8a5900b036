package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.stepin.core.classify.Probabilities;

/**
 * The gold and the predicted label of each item of a labelled set, and the scores read from them: a
 * one-label-against-the-rest {@link Confusion} per label, macro-F1, accuracy, and "any risk" detection
 * (a risk label predicted for an item whose gold label is a risk label, whichever). Empty denominators
 * follow {@link Confusion}'s rule. Immutable.
 *
 * @param labels the labels to report, in order
 * @param gold the gold label of each item
 * @param predicted the predicted label of each item, in the same order as {@code gold}
 */
public record LabelPredictions(List<String> labels, List<String> gold, List<String> predicted) {

    public LabelPredictions {
        labels = List.copyOf(labels);
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
    }

    /** {@code label} against every other label: positive means "is {@code label}". */
    public Confusion confusion(String label) {
        requireNonNull(label, "label");
        return count(i -> predicted.get(i).equals(label), i -> gold.get(i).equals(label));
    }

    /**
     * Unweighted mean F1 over {@link #labels()}. A label that is neither a gold nor a predicted label of
     * any item has no F1 and is left out of the mean (scikit-learn's {@code zero_division=np.nan}); NaN
     * when no label has one.
     */
    public double macroF1() {
        return meanF1(labels);
    }

    /** {@link #macroF1()} over the risk labels: every label but {@value Probabilities#NONE_LABEL}. */
    public double riskMacroF1() {
        return meanF1(labels.stream().filter(label -> !Probabilities.NONE_LABEL.equals(label)).toList());
    }

    /** Share of items whose predicted label is the gold label; NaN for an empty set. */
    public double accuracy() {
        long right = IntStream.range(0, gold.size()).filter(i -> gold.get(i).equals(predicted.get(i))).count();
        return gold.isEmpty() ? Double.NaN : (double) right / gold.size();
    }

    /** Risk against none: a risk item counts as found when any risk label is predicted for it. */
    public Confusion anyRisk() {
        return count(i -> !Probabilities.NONE_LABEL.equals(predicted.get(i)),
                i -> !Probabilities.NONE_LABEL.equals(gold.get(i)));
    }

    private double meanF1(List<String> which) {
        return which.stream().mapToDouble(label -> confusion(label).f1()).filter(f1 -> !Double.isNaN(f1))
                .average().orElse(Double.NaN);
    }

    private Confusion count(IntPredicate predictedPositive, IntPredicate positive) {
        return Confusion.count(IntStream.range(0, gold.size()).boxed().toList(), predictedPositive::test,
                positive::test);
    }
}
