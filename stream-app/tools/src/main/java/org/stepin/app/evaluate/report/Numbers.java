package org.stepin.app.evaluate.report;

import java.util.Locale;

/** Number formats shared by the tables: three decimals, "n/a" for undefined values. */
final class Numbers {
    private Numbers() {
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
