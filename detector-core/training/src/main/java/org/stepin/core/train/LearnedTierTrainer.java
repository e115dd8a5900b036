package org.stepin.core.train;

import org.stepin.core.combine.CombinerModel;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.Detector;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.classify.TrainingConfig;
import org.stepin.core.lexicon.Lexicon;

/**
 * Trains the whole learned tier on labelled messages, the way the build does: the classifier on all of
 * them, and the combiner on out-of-fold classifier probabilities ({@value CrossValidation#FOLDS} folds,
 * seed {@value CrossValidation#SEED}). Used by the build on the packaged corpus and by cross-validation of
 * the detector, which trains it on part of the corpus. Stateless.
 */
public final class LearnedTierTrainer {
    private LearnedTierTrainer() {
    }

    /**
     * The combiner for a classifier trained on {@code messages} with the product's trainer.
     *
     * @param messages the labelled messages
     * @param lexicon the lexicon of the rules tier and of the classifier's analysis
     * @param classifierVersion the version of the classifier the combiner will be used with
     */
    public static CombinerModel combinerFor(List<LabelledMessage> messages, Lexicon lexicon,
                                            String classifierVersion) {
        requireNonNull(lexicon, "lexicon");
        List<Probabilities> outOfFold = CrossValidation.outOfFold(messages, lexicon.analyzer(),
                ModelTrainer.forLexicon(lexicon, TrainingConfig.DEFAULT), CrossValidation.FOLDS, CrossValidation.SEED);
        return CombinerTrainer.fit(messages, Detector.create(lexicon), outOfFold, classifierVersion);
    }

    /**
     * A detector over {@code lexicon} with the learned tier the build would package for it: the classifier
     * trained on {@code messages} and serialised (so its version is its bytes' hash, as the packaged one's), and the
     * combiner fitted for it. Given the packaged lexicon and corpus, the packaged detector's assessments.
     */
    public static Detector detectorAsBuilt(List<LabelledMessage> messages, Lexicon lexicon) {
        byte[] model = ModelTrainer.forLexicon(lexicon, TrainingConfig.DEFAULT).trainBytes(messages);
        Classifier classifier = Classifier.fromBytes(model, TrainingConfig.DEFAULT.features());
        return Detector.create(lexicon).withLearnedTier(classifier,
                combinerFor(messages, lexicon, classifier.version()));
    }

    /** A detector over {@code lexicon} whose learned tier is trained on {@code messages} only. */
    public static Detector detectorTrainedOn(List<LabelledMessage> messages, Lexicon lexicon) {
        Classifier classifier = ModelTrainer.forLexicon(lexicon, TrainingConfig.DEFAULT).trainClassifier(messages);
        return Detector.create(lexicon).withLearnedTier(classifier,
                combinerFor(messages, lexicon, classifier.version()));
    }
}
