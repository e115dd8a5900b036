package org.stepin.core.score;

/**
 * Scores, weights and probabilities as assessments carry them: rounded to three decimals, half up, so the
 * same number reads the same in evidence, reasons, alerts and reports. Stateless.
 */
public final class Thousandths {
    private static final double THOUSAND = 1000.0;

    private Thousandths() {
    }

    /** {@code value} rounded to the nearest thousandth (halves up, as {@link Math#round(double)}). */
    public static double round(double value) {
        return Math.round(value * THOUSAND) / THOUSAND;
    }
}
