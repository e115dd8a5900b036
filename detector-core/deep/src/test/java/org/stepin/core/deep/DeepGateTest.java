package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.FastTierResult;
import org.stepin.core.score.Severity;

/** Which messages the gate sends deep; no parser involved. */
class DeepGateTest {
    private static Detector detector;
    private static DeepGate gate;

    @BeforeAll
    static void load() {
        // the grammar rules are written against the rules tier; the learned tier is checked elsewhere
        detector = Detector.packaged().rulesOnly();
        gate = new DeepGate(detector);
    }

    private static FastTierResult fast(String text, Direction direction) {
        return detector.assessTraced(detector.lexicon().analyzer().analyze(text), direction);
    }

    @Test
    void shouldKeepMessagesWithoutEvidenceInTheFastTier() {
        assertThat(gate.candidates(fast("not sure i can make it to practice tomorrow", Direction.INBOUND))).isEmpty();
    }

    @Test
    void shouldKeepPlainOwnVoiceRiskInTheFastTier() {
        assertThat(gate.candidates(fast("i want to die", Direction.INBOUND))).isEmpty();
    }

    @Test
    void shouldSendNegationOutsideTheFastTiersWindow() {
        assertThat(gate.candidates(fast("i never said i wanted to die", Direction.INBOUND))).hasSize(1);
    }

    @Test
    void shouldSendNegatedEvidenceWhoseNegationDecidesTheAlert() {
        assertThat(gate.candidates(fast("i would never hurt myself", Direction.INBOUND))).hasSize(1);
    }

    @Test
    void shouldNeverSendImminentMessages() {
        FastTierResult fast = fast("i never told anyone but i want to die tonight", Direction.INBOUND);
        assertThat(fast.assessment().severity()).isEqualTo(Severity.IMMINENT);
        assertThat(gate.candidates(fast)).isEmpty();
    }

    @Test
    void shouldNotSendWhatAnotherMarkAlreadyDecided() {
        assertThat(gate.candidates(fast("this homework is not killing me lol", Direction.INBOUND))).isEmpty();
    }

    @Test
    void shouldNotSendWorkerMessages() {
        assertThat(gate.candidates(fast("i would never give you my personal number", Direction.OUTBOUND))).isEmpty();
    }

    @Test
    void shouldBandSeveritiesByTheDecisionTheyMake() {
        assertThat(DeepGate.band(Severity.NONE)).isEqualTo(DeepGate.band(Severity.LOW));
        assertThat(DeepGate.band(Severity.MODERATE)).isBetween(1, 1);
        assertThat(DeepGate.band(Severity.HIGH)).isEqualTo(DeepGate.band(Severity.IMMINENT));
    }
}
