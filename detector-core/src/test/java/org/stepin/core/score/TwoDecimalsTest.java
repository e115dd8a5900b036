package org.stepin.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoDecimalsTest {
    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Test
    void shouldWriteEveryThousandthAsTheFormatterDoes() {
        for (int k = 0; k <= 1000; k++) {
            double value = k / 1000.0;
            assertThat(TwoDecimals.format(value)).as("%d/1000", k).isEqualTo(formatted(value));
        }
    }

    @Test
    void shouldWriteRoundedScoresAsTheFormatterDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double score = Math.round(random.nextDouble() * 1000) / 1000.0;
            assertThat(TwoDecimals.format(score)).isEqualTo(formatted(score));
        }
    }

    @Test
    void shouldWriteAnyOtherNumberAsTheFormatterDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble() * (i % 2 == 0 ? 1 : 100) - (i % 7 == 0 ? 5 : 0);
            assertThat(TwoDecimals.format(value)).isEqualTo(formatted(value));
        }
        for (double value : new double[] {-0.0, 0.005, 0.015, 0.125, 0.995, 0.9995, 1.0005, 2.0, -0.001, 1e-9,
                Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
            assertThat(TwoDecimals.format(value)).as("%s", value).isEqualTo(formatted(value));
        }
    }
}
