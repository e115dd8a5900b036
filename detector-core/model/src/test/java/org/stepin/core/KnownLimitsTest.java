package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast tier's known limits ({@code golden/known_limits.tsv}), kept with their true labels. A
 * ratchet: when one of them starts to score as labelled, this test fails so the case moves into
 * {@code golden.tsv} and can never silently regress.
 */
class KnownLimitsTest {
    @Test
    void knownLimitsAreStillLimitsOrMoveToTheGoldenFile() throws IOException {
        Detector detector = Detector.packaged();
        List<GoldenCase> limits = GoldenCase.read("/golden/known_limits.tsv");
        assertThat(limits).isNotEmpty();
        for (GoldenCase limit : limits) {
            Assessment assessment = detector.assess(limit.text());
            assertThat(limit.matches(assessment))
                    .as("%s now scores as labelled (%s): move it to golden.tsv", limit, assessment.severity())
                    .isFalse();
        }
    }
}
