package org.stepin.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-label tables, macro-F1 and any-risk detection on a case worked out by hand. */
class LabelPredictionsTest {
    private final LabelPredictions predictions = new LabelPredictions(List.of("abuse", "bullying", "none"),
            List.of("abuse", "abuse", "bullying", "none", "none", "none"),
            List.of("abuse", "none", "abuse", "none", "none", "bullying"));

    @Test
    void shouldCountEachLabelAgainstTheRest() {
        assertThat(predictions.confusion("abuse")).isEqualTo(new Confusion(1, 1, 1, 3));
        assertThat(predictions.confusion("abuse").f1()).isCloseTo(0.5, within(1e-12));
        assertThat(predictions.confusion("bullying").f1()).isZero();
        assertThat(predictions.confusion("none").precision()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shouldAverageAndDetectAnyRisk() {
        assertThat(predictions.macroF1()).isCloseTo((0.5 + 0 + 2.0 / 3) / 3, within(1e-12));
        assertThat(predictions.riskMacroF1()).isCloseTo(0.25, within(1e-12));
        assertThat(predictions.accuracy()).isCloseTo(3.0 / 6, within(1e-12));
        Confusion anyRisk = predictions.anyRisk();
        assertThat(anyRisk).isEqualTo(new Confusion(2, 1, 1, 2));
        assertThat(anyRisk.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(anyRisk.recall()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shouldCountALabelThatIsNeverPredictedAsF1ZeroWithoutPrecision() {
        LabelPredictions neverBullying = new LabelPredictions(List.of("bullying", "none"),
                List.of("bullying", "none"), List.of("none", "none"));
        assertThat(neverBullying.confusion("bullying").precision()).isNaN();
        assertThat(neverBullying.confusion("bullying").f1()).isZero();
        assertThat(neverBullying.macroF1()).isCloseTo((0 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void shouldLeaveALabelWithNoItemsAndNoPredictionsOutOfTheMacroMean() {
        LabelPredictions withoutSubstance = new LabelPredictions(List.of("abuse", "substance", "none"),
                List.of("abuse", "none"), List.of("abuse", "none"));
        assertThat(withoutSubstance.confusion("substance").f1()).isNaN();
        assertThat(withoutSubstance.macroF1()).isEqualTo(1.0);
        assertThat(withoutSubstance.riskMacroF1()).isEqualTo(1.0);
        assertThat(new LabelPredictions(List.of("abuse"), List.of(), List.of()).macroF1()).isNaN();
        assertThat(new LabelPredictions(List.of("abuse"), List.of(), List.of()).accuracy()).isNaN();
    }
}
