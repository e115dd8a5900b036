package org.stepin.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Category;

class SeverityPolicyTest {
    private final SeverityPolicy policy = SeverityPolicy.defaults();

    @Test
    void shouldMapScoresAtTheThresholdEdges() {
        assertThat(policy.severity(Category.SUICIDAL_IDEATION, 0.0999)).isEqualTo(Severity.NONE);
        assertThat(policy.severity(Category.SUICIDAL_IDEATION, 0.10)).isEqualTo(Severity.LOW);
        assertThat(policy.severity(Category.SUICIDAL_IDEATION, 0.3499)).isEqualTo(Severity.LOW);
        assertThat(policy.severity(Category.SUICIDAL_IDEATION, 0.35)).isEqualTo(Severity.MODERATE);
        assertThat(policy.severity(Category.SUICIDAL_IDEATION, 0.60)).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldNeverRateHopelessnessOrBoundaryHighOnTheirOwn() {
        assertThat(policy.severity(Category.HOPELESSNESS, 1.0)).isEqualTo(Severity.MODERATE);
        assertThat(policy.severity(Category.BOUNDARY, 1.0)).isEqualTo(Severity.MODERATE);
    }

    @Test
    void shouldRejectThresholdsThatDoNotRise() {
        assertThatThrownBy(() -> new SeverityPolicy.Thresholds(0.5, 0.4, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5, 0.4, 0.9");
    }

    @Test
    void shouldOrderSeverities() {
        assertThat(Severity.IMMINENT.atLeast(Severity.MODERATE)).isTrue();
        assertThat(Severity.LOW.atLeast(Severity.MODERATE)).isFalse();
    }

    @Test
    void aLaneCountsOnlyItsOwnCategoriesAndImminentOnlyForOwnVoiceRisk() {
        Map<Category, Double> scores = Map.of(Category.SUICIDAL_IDEATION, 0.9, Category.WORKER_HARASSMENT, 0.5);
        assertThat(policy.severityAmong(Severity.IMMINENT, scores, Set.of(Category.SUICIDAL_IDEATION)))
                .isEqualTo(Severity.IMMINENT);
        assertThat(policy.severityAmong(Severity.IMMINENT, scores, Set.of(Category.WORKER_HARASSMENT)))
                .as("harassment of a worker is never IMMINENT, whatever the message is").isEqualTo(Severity.MODERATE);
        assertThat(policy.severityAmong(Severity.HIGH, scores, Set.of(Category.ABUSE))).isEqualTo(Severity.NONE);
        assertThat(policy.severityAmong(Severity.HIGH, scores,
                Set.of(Category.SUICIDAL_IDEATION, Category.WORKER_HARASSMENT))).isEqualTo(Severity.HIGH);
    }
}
