package org.stepin.core.combine;

/**
 * The combiner's inputs for one category of one message: a constant 1, the rules tier's score (0..1,
 * after context marks), the classifier's logit for the category ({@code log(p / (1 - p))}, clipped to
 * {@value #LOGIT_LIMIT} either way because maxent probabilities on short texts are over-confident), and
 * their product, so agreement of both tiers can count for more than either alone. Stateless.
 */
public final class CombinerFeatures {
    /** Number of features, the constant included. */
    public static final int SIZE = 4;
    /** The classifier's logit is clipped to plus or minus this. */
    public static final double LOGIT_LIMIT = 8.0;

    private CombinerFeatures() {
    }

    /** The feature vector for a rules score and a classifier probability. */
    public static double[] of(double rulesScore, double probability) {
        double logit = logit(probability);
        return new double[] {1.0, rulesScore, logit, rulesScore * logit};
    }

    /** The clipped logit of {@code probability}. */
    public static double logit(double probability) {
        double p = Math.min(Math.max(probability, 1e-12), 1 - 1e-12);
        double logit = Math.log(p / (1 - p));
        return Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, logit));
    }
}
