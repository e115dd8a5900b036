package org.stepin.core.train;

import org.stepin.core.combine.CombinerModel;
import org.stepin.core.combine.CombinerFeatures;
import org.stepin.core.combine.LogisticModel;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;

/**
 * Fits a {@link CombinerModel} on labelled messages. For every message a young person could write (every
 * label but {@code boundary}, which is the worker's), the rules tier's score of each category and the
 * classifier's <em>out-of-fold</em> probability for it (from a model that never saw the message) become
 * one row per category; the MODERATE model learns "labelled this category at MODERATE or above", the
 * HIGH model "at HIGH or above". Penalty {@value #L2}, fixed before fitting. Each cut is read off the F1 over
 * all categories' rows pooled, on a grid of 0.05 to 0.95: the middle of the run of cuts around the best one
 * whose F1 is within {@value #F1_TOLERANCE} of it (ties to the higher cut). The curve is flat near its top, so
 * the best cut alone jumps across that plateau with any small change of the rules (0.30 one build, 0.43 the
 * next), and with it the decisions on text unlike the corpus; the plateau's middle does not. Deterministic.
 * Stateless.
 */
public final class CombinerTrainer {
    /** The L2 penalty of every model. */
    public static final double L2 = 1.0;
    /** How far below the best pooled F1 a cut may be and still count as part of the best plateau. */
    public static final double F1_TOLERANCE = 0.005;
    private static final int FIRST_STEP = 5;
    private static final int LAST_STEP = 95;

    private CombinerTrainer() {
    }

    /**
     * Fits the combiner.
     *
     * @param messages the labelled messages
     * @param rules the rules tier (a detector without a learned tier)
     * @param outOfFold each message's out-of-fold classifier probabilities, same order
     * @param classifierVersion the version of the classifier the model will be used with
     */
    public static CombinerModel fit(List<LabelledMessage> messages, Detector rules, List<Probabilities> outOfFold,
                                    String classifierVersion) {
        requireNonNull(messages, "messages");
        requireNonNull(rules, "rules");
        if (messages.size() != outOfFold.size()) {
            throw new IllegalArgumentException("one probability set per message needed");
        }
        SeverityPolicy policy = rules.severityPolicy();
        Map<Category, List<double[]>> features = new EnumMap<>(Category.class);
        Map<Category, List<Boolean>> moderate = new EnumMap<>(Category.class);
        Map<Category, List<Boolean>> high = new EnumMap<>(Category.class);
        for (int i = 0; i < messages.size(); i++) {
            LabelledMessage message = messages.get(i);
            if (message.category().filter(Category.BOUNDARY::equals).isPresent()) {
                continue;
            }
            Assessment assessment = rules.assess(message.text(), Direction.INBOUND);
            for (Category category : combined()) {
                boolean labelled = message.category().filter(category::equals).isPresent();
                features.computeIfAbsent(category, c -> new ArrayList<>())
                        .add(CombinerFeatures.of(assessment.score(category), outOfFold.get(i).of(category)));
                moderate.computeIfAbsent(category, c -> new ArrayList<>())
                        .add(labelled && message.severity().atLeast(Severity.MODERATE));
                high.computeIfAbsent(category, c -> new ArrayList<>())
                        .add(labelled && message.severity().atLeast(Severity.HIGH));
            }
        }
        Map<Category, LogisticModel> moderateModels = new EnumMap<>(Category.class);
        Map<Category, LogisticModel> highModels = new EnumMap<>(Category.class);
        for (Category category : combined()) {
            moderateModels.put(category, LogisticFit.fit(features.get(category), toArray(moderate.get(category)), L2));
            if (policy.thresholds(category).high() <= 1) {
                highModels.put(category, LogisticFit.fit(features.get(category), toArray(high.get(category)), L2));
            }
        }
        double moderateCut = bestCut(moderateModels, features, moderate);
        double highCut = bestCut(highModels, features, high);
        return new CombinerModel(moderateModels, highModels, moderateCut, highCut, classifierVersion);
    }

    /** The categories the combiner models: all but {@code boundary}. */
    public static List<Category> combined() {
        List<Category> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            if (category != Category.BOUNDARY) {
                categories.add(category);
            }
        }
        return categories;
    }

    private static double bestCut(Map<Category, LogisticModel> models, Map<Category, List<double[]>> features,
                                  Map<Category, List<Boolean>> labels) {
        double[] f1 = new double[LAST_STEP - FIRST_STEP + 1];
        for (int step = FIRST_STEP; step <= LAST_STEP; step++) {
            double cut = step / 100.0;
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (Map.Entry<Category, LogisticModel> model : models.entrySet()) {
                List<double[]> rows = features.get(model.getKey());
                List<Boolean> truth = labels.get(model.getKey());
                for (int i = 0; i < rows.size(); i++) {
                    boolean predicted = model.getValue().probability(rows.get(i)) >= cut;
                    tp += predicted && truth.get(i) ? 1 : 0;
                    fp += predicted && !truth.get(i) ? 1 : 0;
                    fn += !predicted && truth.get(i) ? 1 : 0;
                }
            }
            f1[step - FIRST_STEP] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return (FIRST_STEP + plateauMiddle(f1, F1_TOLERANCE)) / 100.0;
    }

    /**
     * The index in the middle of the run of values around the highest one (the last, if several are equal) that
     * stay within {@code tolerance} of it; an even run's two middles go to the higher index.
     */
    static int plateauMiddle(double[] values, double tolerance) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] >= values[best]) {
                best = i;
            }
        }
        double floor = values[best] - tolerance;
        int low = best;
        while (low > 0 && values[low - 1] >= floor) {
            low--;
        }
        int high = best;
        while (high < values.length - 1 && values[high + 1] >= floor) {
            high++;
        }
        return (low + high + 1) / 2;
    }

    private static boolean[] toArray(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
