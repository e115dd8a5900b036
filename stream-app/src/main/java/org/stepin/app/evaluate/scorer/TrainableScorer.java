package org.stepin.app.evaluate.scorer;

import java.util.List;
import org.stepin.core.score.Severity;

/**
 * The hook for a learned tier: a scorer that can be trained on labelled texts. The seed corpus is
 * scored by k-fold cross-validation for such a scorer (each fold by a copy trained on the other
 * folds); rule scorers have no training and score the whole corpus.
 */
public interface TrainableScorer extends Scorer {

    /**
     * A labelled training text.
     *
     * @param message the text
     * @param label the label (category id, or "none")
     * @param severity the labelled severity
     */
    record Example(Message message, String label, Severity severity) {
    }

    /** A copy of this scorer trained on {@code examples} only. */
    Scorer trainedOn(List<Example> examples);
}
