package org.stepin.core.score;

import java.util.Locale;

/**
 * A number as {@code String.format(Locale.ROOT, "%.2f", value)} writes it, for reason texts, without
 * {@code String.format}'s cost (it parses the pattern and builds a {@link java.text.DecimalFormatSymbols} on
 * every call). {@link java.util.Formatter} rounds the number's decimal digits half up. For a number in [0, 1]
 * this class does the same with arithmetic: exactly for whole thousandths (scores are rounded to three places,
 * thresholds have two), and for any other number that is not within a billionth of a half-hundredth, where the
 * double's own error cannot change the rounding. Everything else goes through {@code String.format} itself.
 * Tests compare the two over every thousandth, numbers next to each rounding boundary and random
 * probabilities. Stateless.
 */
public final class TwoDecimals {
    private static final int THOUSAND = 1000;
    private static final int HUNDRED = 100;
    /** How far from a rounding boundary a number must be for the arithmetic to be trusted. */
    private static final double MARGIN = 1e-9;

    private TwoDecimals() {
    }

    /** {@code value} with two decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", value)}. */
    public static String format(double value) {
        if (!(value >= 0 && value <= 1) || Double.doubleToRawLongBits(value) < 0) {
            return formatted(value);
        }
        long thousandths = Math.round(value * THOUSAND);
        long hundredths;
        if (thousandths / 1000.0 == value) {
            hundredths = (thousandths + 5) / 10;
        } else {
            double scaled = value * HUNDRED;
            double below = Math.floor(scaled);
            double fraction = scaled - below;
            if (Math.abs(fraction - 0.5) < MARGIN) {
                return formatted(value);
            }
            hundredths = (long) below + (fraction > 0.5 ? 1 : 0);
        }
        long cents = hundredths % HUNDRED;
        return (hundredths / HUNDRED) + (cents < 10 ? ".0" : ".") + cents;
    }

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
