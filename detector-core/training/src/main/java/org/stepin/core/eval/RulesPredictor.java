package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * The rules tier as a one-label predictor, for comparison with the classifier. The corpus does not
 * say who wrote a message, so each message is assessed in both directions and the per-category scores
 * are merged (maximum); the prediction is "none" when neither assessment reaches {@link Severity#MODERATE}
 * (the classifier learns step-in labels, {@code LabelledMessage#stepInLabel()}), else the category with the
 * highest merged score (ties: the earlier category). Immutable and thread-safe.
 */
public final class RulesPredictor {
    private final Detector detector;

    public RulesPredictor(Detector detector) {
        this.detector = requireNonNull(detector, "detector");
    }

    /** The predicted label of {@code text}: a category id or "none". */
    public String predict(String text) {
        Assessment inbound = detector.assess(text, Direction.INBOUND);
        Assessment outbound = detector.assess(text, Direction.OUTBOUND);
        if (!inbound.severity().atLeast(Severity.MODERATE) && !outbound.severity().atLeast(Severity.MODERATE)) {
            return Probabilities.NONE_LABEL;
        }
        Map<Category, Double> merged = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            merged.put(category, Math.max(inbound.score(category), outbound.score(category)));
        }
        Category best = null;
        for (Map.Entry<Category, Double> entry : merged.entrySet()) {
            if (entry.getValue() > 0 && (best == null || entry.getValue() > merged.get(best))) {
                best = entry.getKey();
            }
        }
        return best == null ? Probabilities.NONE_LABEL : best.id();
    }
}
