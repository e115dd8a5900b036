package org.stepin.core.train;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.text.Analyzer;

/**
 * Stratified k-fold cross-validation of the classifier: for each fold, train on the other folds and
 * predict this one, so every message gets an out-of-fold prediction from a model that never saw it.
 * The out-of-fold probabilities are also what a stacked combiner would be fitted on. Stateless.
 */
public final class CrossValidation {
    /** Folds used for the reported numbers. */
    public static final int FOLDS = 5;
    /** Seed of the fold assignment used for the reported numbers. */
    public static final long SEED = 20_261_122L;

    private CrossValidation() {
    }

    /**
     * The out-of-fold probabilities of every message, by index.
     *
     * @param messages the labelled messages
     * @param analyzer the analysis chain the trainer and the classifier use
     * @param trainer the trainer, with the configuration under test
     * @param k number of folds
     * @param seed seed of the fold assignment
     */
    public static List<Probabilities> outOfFold(List<LabelledMessage> messages, Analyzer analyzer,
                                                ModelTrainer trainer, int k, long seed) {
        requireNonNull(messages, "messages");
        requireNonNull(analyzer, "analyzer");
        requireNonNull(trainer, "trainer");
        int[] folds = StratifiedFolds.assign(messages, LabelledMessage::stepInLabel, k, seed);
        Probabilities[] out = new Probabilities[messages.size()];
        // folds are independent and each training is single-threaded and deterministic: run them side by side
        IntStream.range(0, k).parallel().forEach(fold -> {
            List<LabelledMessage> train = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                if (folds[i] != fold) {
                    train.add(messages.get(i));
                }
            }
            Classifier classifier = trainer.trainClassifier(train);
            for (int i = 0; i < messages.size(); i++) {
                if (folds[i] == fold) {
                    out[i] = classifier.probabilities(analyzer.analyze(messages.get(i).text()));
                }
            }
        });
        return List.of(out);
    }
}
