package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepin.core.score.Severity;

/** The deep tier's safety floors: IMMINENT is never lowered, HIGH never below MODERATE. */
class DeepReviewerTest {
    @Test
    void shouldNeverLowerImminent() {
        for (Severity deep : Severity.values()) {
            assertThat(DeepReviewer.floored(Severity.IMMINENT, deep)).isEqualTo(Severity.IMMINENT);
        }
    }

    @Test
    void shouldLowerHighToModerateAtMost() {
        assertThat(DeepReviewer.floored(Severity.HIGH, Severity.NONE)).isEqualTo(Severity.MODERATE);
        assertThat(DeepReviewer.floored(Severity.HIGH, Severity.LOW)).isEqualTo(Severity.MODERATE);
        assertThat(DeepReviewer.floored(Severity.HIGH, Severity.IMMINENT)).isEqualTo(Severity.IMMINENT);
    }

    @Test
    void shouldLetModerateAndBelowMoveFreely() {
        assertThat(DeepReviewer.floored(Severity.MODERATE, Severity.NONE)).isEqualTo(Severity.NONE);
        assertThat(DeepReviewer.floored(Severity.NONE, Severity.HIGH)).isEqualTo(Severity.HIGH);
    }
}
