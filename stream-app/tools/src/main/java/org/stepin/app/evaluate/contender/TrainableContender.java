package org.stepin.app.evaluate.contender;

import java.util.List;
import org.stepin.core.score.Severity;

/**
 * The hook for a learned tier: a contender that can be trained on labelled texts. The seed corpus is
 * scored by k-fold cross-validation for such a contender (each fold by a copy trained on the other
 * folds); rule contenders have no training and score the whole corpus.
 */
public interface TrainableContender extends Contender {

    /**
     * A labelled training text.
     *
     * @param message the text
     * @param label the label (category id, or "none")
     * @param severity the labelled severity
     */
    record Example(Message message, String label, Severity severity) {
    }

    /** A copy of this contender trained on {@code examples} only. */
    Contender trainedOn(List<Example> examples);
}
