package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Every parameter of classifier training, in one place. {@link #DEFAULT} is what the build trains the
 * packaged model with; it was chosen by stratified 5-fold cross-validation on the seed corpus (see
 * {@code docs/classifier.md} and {@code org.stepin.core.train.CrossValidation}). Training is single
 * threaded and in memory, so the same corpus always gives the same model bytes. Immutable.
 *
 * @param algorithm OpenNLP trainer: {@code MAXENT} (GIS) or {@code MAXENT_QN} (L-BFGS)
 * @param iterations training iterations
 * @param cutoff a feature seen fewer times than this in the corpus is dropped
 * @param l2 L2 regularisation cost ({@code MAXENT_QN} only; 0 otherwise)
 * @param features the features the model sees
 */
public record TrainingConfig(String algorithm, int iterations, int cutoff, double l2, FeatureSet features) {
    /** The configuration of the packaged model. */
    public static final TrainingConfig DEFAULT =
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.03, FeatureSet.WORDS_BIGRAMS);

    public TrainingConfig {
        requireNonNull(algorithm, "algorithm");
        requireNonNull(features, "features");
        if (!GISTrainer.MAXENT_VALUE.equals(algorithm) && !QNTrainer.MAXENT_QN_VALUE.equals(algorithm)) {
            throw new IllegalArgumentException("unsupported algorithm '" + algorithm + "'");
        }
        if (iterations < 1 || cutoff < 0 || l2 < 0 || l2 > 0 && !QNTrainer.MAXENT_QN_VALUE.equals(algorithm)) {
            throw new IllegalArgumentException("bad training parameters " + iterations + "/" + cutoff + "/" + l2);
        }
    }

    /** The same parameters with another feature set. */
    public TrainingConfig withFeatures(FeatureSet other) {
        return new TrainingConfig(algorithm, iterations, cutoff, l2, other);
    }

    /** The OpenNLP training parameters. */
    public TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        if (QNTrainer.MAXENT_QN_VALUE.equals(algorithm)) {
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, l2);
        }
        return parameters;
    }

    /** The parameters as ordered key-value pairs, for the model's metadata and reports. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("algorithm", algorithm);
        out.put("iterations", Integer.toString(iterations));
        out.put("cutoff", Integer.toString(cutoff));
        out.put("l2", Double.toString(l2));
        out.put("features", features.id());
        return out;
    }
}
