package org.stepin.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepin.core.Detector;

/** The rules tier as a one-label predictor, both directions merged. */
class RulesPredictorTest {
    private final RulesPredictor rules = new RulesPredictor(Detector.packaged());

    @Test
    void shouldPredictTheStrongestCategoryOrNone() {
        assertThat(rules.predict("i want to kill myself")).isEqualTo("suicidal_ideation");
        assertThat(rules.predict("see you at the club on friday")).isEqualTo("none");
    }

    @Test
    void shouldScoreWorkerBoundariesThroughTheOutboundDirection() {
        assertThat(rules.predict("add me on snap its jess_22")).isEqualTo("boundary");
    }
}
