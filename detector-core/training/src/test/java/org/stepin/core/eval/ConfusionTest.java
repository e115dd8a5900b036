package org.stepin.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision, recall, F1 and macro-F1 on a case worked out by hand. */
class ConfusionTest {
    private final Confusion confusion = new Confusion(List.of("abuse", "bullying", "none"),
            List.of("abuse", "abuse", "bullying", "none", "none", "none"),
            List.of("abuse", "none", "abuse", "none", "none", "bullying"));

    @Test
    void shouldCountPerLabel() {
        LabelMetrics abuse = confusion.metrics("abuse");
        assertThat(abuse.truePositives()).isEqualTo(1);
        assertThat(abuse.falsePositives()).isEqualTo(1);
        assertThat(abuse.falseNegatives()).isEqualTo(1);
        assertThat(abuse.f1()).isCloseTo(0.5, within(1e-12));
        assertThat(confusion.metrics("bullying").f1()).isZero();
        assertThat(confusion.metrics("none").precision()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void shouldAverageAndDetectAnyRisk() {
        assertThat(confusion.macroF1()).isCloseTo((0.5 + 0 + 2.0 / 3) / 3, within(1e-12));
        assertThat(confusion.riskMacroF1()).isCloseTo(0.25, within(1e-12));
        assertThat(confusion.accuracy()).isCloseTo(3.0 / 6, within(1e-12));
        LabelMetrics anyRisk = confusion.anyRisk();
        assertThat(anyRisk.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(anyRisk.recall()).isCloseTo(2.0 / 3, within(1e-12));
    }
}
