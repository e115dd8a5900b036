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
    void shouldWriteProbabilitiesAsTheFormatterDoes() {
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            double probability = i % 4 == 0 ? random.nextDouble() * Math.pow(10, -random.nextInt(12))
                    : random.nextDouble();
            assertThat(TwoDecimals.format(probability)).isEqualTo(formatted(probability));
        }
    }

    @Test
    void shouldWriteNumbersNextToRoundingBoundariesAsTheFormatterDoes() {
        for (int k = 0; k <= 1000; k++) {
            double boundary = k / 1000.0;
            double below = boundary;
            double above = boundary;
            for (int step = 0; step < 50; step++) {
                below = Math.nextDown(below);
                above = Math.nextUp(above);
                assertThat(TwoDecimals.format(below)).as("%s", below).isEqualTo(formatted(below));
                assertThat(TwoDecimals.format(above)).as("%s", above).isEqualTo(formatted(above));
            }
            for (double offset : new double[] {1e-12, 1e-10, 1e-9, 2e-9, 1e-8, 1e-6}) {
                assertThat(TwoDecimals.format(boundary + offset)).isEqualTo(formatted(boundary + offset));
                assertThat(TwoDecimals.format(boundary - offset)).isEqualTo(formatted(boundary - offset));
            }
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
