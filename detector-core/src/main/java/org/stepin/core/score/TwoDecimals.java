package org.stepin.core.score;

import java.util.Locale;

/**
 * A number as {@code String.format(Locale.ROOT, "%.2f", value)} writes it, for reason texts. Scores and
 * thresholds are whole thousandths in [0, 1] (scores are rounded to three places), which it writes with
 * integer arithmetic, half up as {@link java.util.Formatter} rounds; any other number goes through
 * {@code String.format} itself, which builds a {@link java.text.DecimalFormatSymbols} on every call. A test
 * compares the two over every thousandth. Stateless.
 */
public final class TwoDecimals {
    private static final int THOUSAND = 1000;

    private TwoDecimals() {
    }

    /** {@code value} with two decimals, exactly as {@code String.format(Locale.ROOT, "%.2f", value)}. */
    public static String format(double value) {
        long thousandths = Math.round(value * THOUSAND);
        boolean wholeThousandth = thousandths >= 0 && thousandths <= THOUSAND && thousandths / 1000.0 == value
                && Double.doubleToRawLongBits(value) >= 0;
        if (!wholeThousandth) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        long hundredths = (thousandths + 5) / 10;
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
