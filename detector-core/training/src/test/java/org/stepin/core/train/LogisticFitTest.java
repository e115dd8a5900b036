package org.stepin.core.train;

import org.stepin.core.combine.LogisticModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Newton fit against closed-form and simulated answers. */
class LogisticFitTest {

    @Test
    void oneBinaryFeatureGivesTheClosedFormMaximumLikelihood() {
        // x = 0: 3 of 10 positive; x = 1: 8 of 10 positive. MLE: bias = logit(0.3), weight = logit(0.8) - logit(0.3).
        List<double[]> rows = new ArrayList<>();
        boolean[] labels = new boolean[20];
        for (int i = 0; i < 20; i++) {
            boolean one = i >= 10;
            rows.add(new double[] {1, one ? 1 : 0});
            labels[i] = one ? i - 10 < 8 : i < 3;
        }
        LogisticModel model = LogisticFit.fit(rows, labels, 0);

        assertThat(model.weight(0)).isCloseTo(Math.log(0.3 / 0.7), within(1e-6));
        assertThat(model.weight(1)).isCloseTo(Math.log(0.8 / 0.2) - Math.log(0.3 / 0.7), within(1e-6));
    }

    @Test
    void recoversTheWeightsOfSimulatedData() {
        Random random = new Random(7);
        LogisticModel truth = new LogisticModel(new double[] {-1.0, 2.5, -0.7});
        List<double[]> rows = new ArrayList<>();
        boolean[] labels = new boolean[40_000];
        for (int i = 0; i < labels.length; i++) {
            double[] x = {1, random.nextDouble(), random.nextGaussian()};
            rows.add(x);
            labels[i] = random.nextDouble() < truth.probability(x);
        }
        LogisticModel fitted = LogisticFit.fit(rows, labels, 0);

        for (int i = 0; i < 3; i++) {
            assertThat(fitted.weight(i)).as("weight %d", i).isCloseTo(truth.weight(i), within(0.1));
        }
    }

    @Test
    void thePenaltyShrinksWeightsButNotTheBiasAndSeparableDataStaysFinite() {
        List<double[]> rows = List.of(new double[] {1, 0}, new double[] {1, 0}, new double[] {1, 1},
                new double[] {1, 1});
        boolean[] separable = {false, false, true, true};
        LogisticModel loose = LogisticFit.fit(rows, separable, 0.01);
        LogisticModel tight = LogisticFit.fit(rows, separable, 10);

        assertThat(Math.abs(tight.weight(1))).isLessThan(Math.abs(loose.weight(1)));
        assertThat(loose.weight(1)).isFinite().isPositive();
        assertThat(LogisticFit.fit(rows, separable, 1.0)).isEqualTo(LogisticFit.fit(rows, separable, 1.0));
    }

    @Test
    void rejectsMismatchedInput() {
        assertThatThrownBy(() -> LogisticFit.fit(List.of(), new boolean[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticFit.fit(List.of(new double[] {1, 0}, new double[] {1}),
                new boolean[] {true, false}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
    }
}
