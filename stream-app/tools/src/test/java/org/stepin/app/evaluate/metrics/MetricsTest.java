package org.stepin.app.evaluate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepin.core.eval.Confusion;

class MetricsTest {
    private static Prediction p(double risk, boolean positive) {
        return new Prediction(risk, risk >= 0.7, positive);
    }

    // 0.9 P, 0.8 N, 0.7 P, 0.6 N, 0.5 P: alerts at >= 0.7
    private final List<Prediction> mixed = List.of(p(0.9, true), p(0.8, false), p(0.7, true), p(0.6, false),
            p(0.5, true));

    @Test
    void shouldCountTheAlertTableOfThePredictions() {
        // alerts on 0.9 P, 0.8 N, 0.7 P; no alert on 0.6 N, 0.5 P (the rates are ConfusionTest's, in detector-core)
        assertThat(BinaryMetrics.of(mixed).confusion()).isEqualTo(new Confusion(2, 1, 1, 1));
    }

    @Test
    void shouldComputeRocAucAsTheShareOfCorrectlyOrderedPairs() {
        // positive > negative pairs: (0.9,0.8) (0.9,0.6) (0.7,0.6) = 3 of 6
        assertThat(RankMetrics.rocAuc(mixed)).isEqualTo(0.5);
        assertThat(RankMetrics.rocAuc(List.of(p(0.9, true), p(0.1, false)))).isEqualTo(1.0);
        assertThat(RankMetrics.rocAuc(List.of(p(0.1, true), p(0.9, false)))).isEqualTo(0.0);
    }

    @Test
    void shouldCountTiesAsHalfInRocAuc() {
        // P {0.5, 0.9}, N {0.5, 0.2}: tie 0.5 + 1 + 1 + 1 = 3.5 of 4
        List<Prediction> tied = List.of(p(0.5, true), p(0.5, false), p(0.2, false), p(0.9, true));
        assertThat(RankMetrics.rocAuc(tied)).isEqualTo(0.875);
        List<Prediction> allTied = List.of(p(0, true), p(0, false), p(0, false), p(0, true));
        assertThat(RankMetrics.rocAuc(allTied)).isEqualTo(0.5);
    }

    @Test
    void shouldComputeAveragePrecisionWithTiesAsOneStep() {
        // recall steps 1/3, 1/3, 2/3, 2/3, 1 at precision 1, 1/2, 2/3, 2/4, 3/5
        assertThat(RankMetrics.averagePrecision(mixed)).isCloseTo(1 / 3.0 + 2 / 9.0 + 1 / 5.0, within(1e-12));
        List<Prediction> tied = List.of(p(0.5, true), p(0.5, false), p(0.2, false), p(0.9, true));
        // 0.9: recall 1/2 precision 1; the 0.5 pair: recall 1, precision 2/3
        assertThat(RankMetrics.averagePrecision(tied)).isCloseTo(0.5 + 0.5 * 2 / 3.0, within(1e-12));
    }

    @Test
    void shouldHandleASingleClass() {
        List<Prediction> allPositive = List.of(p(0.9, true), p(0.1, true), p(0.1, true));
        assertThat(RankMetrics.rocAuc(allPositive)).isNaN();
        assertThat(RankMetrics.rocCurve(allPositive)).isEmpty();
        assertThat(RankMetrics.averagePrecision(allPositive)).isEqualTo(1.0);
        List<Prediction> allNegative = List.of(p(0.9, false), p(0.1, false));
        assertThat(RankMetrics.averagePrecision(allNegative)).isNaN();
        assertThat(RankMetrics.precisionRecallCurve(allNegative)).isEmpty();
        assertThat(RankMetrics.rocAuc(List.of())).isNaN();
    }

    @Test
    void shouldDrawTheRocCurveFromOriginToOneOnePerDistinctRisk() {
        List<Prediction> tied = List.of(p(0.5, true), p(0.5, false), p(0.2, false), p(0.9, true));
        assertThat(RankMetrics.rocCurve(tied)).containsExactly(
                new CurvePoint(0, 0, Double.POSITIVE_INFINITY),
                new CurvePoint(0, 0.5, 0.9),
                new CurvePoint(0.5, 1, 0.5),
                new CurvePoint(1, 1, 0.2));
        assertThat(RankMetrics.precisionRecallCurve(tied)).containsExactly(
                new CurvePoint(0.5, 1, 0.9),
                new CurvePoint(1, 2 / 3.0, 0.5),
                new CurvePoint(1, 0.5, 0.2));
    }

    @Test
    void shouldBundleEverythingInBinaryMetrics() {
        BinaryMetrics metrics = BinaryMetrics.of(mixed);
        assertThat(metrics.confusion().total()).isEqualTo(5);
        assertThat(metrics.rocAuc()).isEqualTo(0.5);
        assertThat(metrics.roc()).hasSize(6);
        assertThat(metrics.precisionRecall()).hasSize(5);
    }
}
