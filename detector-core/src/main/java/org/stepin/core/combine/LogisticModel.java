package org.stepin.core.combine;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A fitted logistic model: {@code p = 1 / (1 + exp(-w . x))} over a feature vector whose first entry is
 * the constant 1. Immutable.
 */
public final class LogisticModel {
    private final double[] weights;

    /** A model with these weights, bias first. */
    public LogisticModel(double[] weights) {
        requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("a logistic model needs at least a bias");
        }
        for (double weight : weights) {
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
            }
        }
        this.weights = weights.clone();
    }

    /** Number of weights, bias included. */
    public int size() {
        return weights.length;
    }

    /** The weight at {@code index} (0 is the bias). */
    public double weight(int index) {
        return weights[index];
    }

    /** The probability for {@code features} (same length as the weights, first entry 1). */
    public double probability(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return 1.0 / (1.0 + Math.exp(-sum));
    }

    /** The weights as comma-separated decimals with 6 places, bias first: the model file's form. */
    public String format() {
        StringJoiner joined = new StringJoiner(",");
        for (double weight : weights) {
            joined.add(String.format(Locale.ROOT, "%.6f", weight));
        }
        return joined.toString();
    }

    /**
     * The model written by {@link #format()}.
     *
     * @throws IllegalArgumentException when a weight is not a finite number
     */
    public static LogisticModel parse(String text) {
        String[] parts = requireNonNull(text, "text").split(",", -1);
        double[] weights = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                weights[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight " + (i + 1) + " is not a number: '" + parts[i] + "'", e);
            }
        }
        return new LogisticModel(weights);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogisticModel that && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "LogisticModel[" + format() + "]";
    }
}
