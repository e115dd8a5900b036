package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

/**
 * One quality gate, measured. Immutable.
 *
 * @param name what the gate checks
 * @param comparison {@code ">="} or {@code "<="}
 * @param threshold the value the measurement is compared with
 * @param measured the measured value; NaN when the data or contender it needs was not evaluated
 */
public record GateResult(String name, String comparison, double threshold, double measured) {

    public GateResult {
        requireNonNull(name, "name");
        if (!comparison.equals(">=") && !comparison.equals("<=")) {
            throw new IllegalArgumentException("comparison must be >= or <=: " + comparison);
        }
    }

    /** True when measured and on the right side of the threshold. */
    public boolean passed() {
        if (Double.isNaN(measured) || Double.isNaN(threshold)) {
            return false;
        }
        return comparison.equals(">=") ? measured >= threshold : measured <= threshold;
    }
}
