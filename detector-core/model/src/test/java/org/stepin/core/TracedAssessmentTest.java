package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.text.AnalyzedText;

/** The traced fast tier gives the plain assessment, and rescoring with unchanged marks reproduces it. */
class TracedAssessmentTest {
    private final Detector detector = Detector.packaged();

    @Test
    void shouldTraceAndRescoreToTheSameAssessmentOnEveryCorpusMessage() {
        for (var message : SeedCorpus.packaged().messages()) {
            AnalyzedText analyzed = detector.lexicon().analyzer().analyze(message.text());
            for (Direction direction : Direction.values()) {
                FastTierResult fast = detector.assessTraced(analyzed, direction);
                assertThat(fast.assessment()).as(message.id()).isEqualTo(detector.assess(analyzed, direction));
                if (direction == Direction.INBOUND) {
                    assertThat(detector.rescore(fast, fast.risk(), Map.of(), detector.modelVersion()))
                            .as(message.id()).isEqualTo(fast.assessment());
                }
            }
        }
    }

    @Test
    void shouldRescoreInboundMessagesOnly() {
        FastTierResult outbound = detector.assessTraced(detector.lexicon().analyzer().analyze("call me on my cell"),
                Direction.OUTBOUND);
        assertThatThrownBy(() -> detector.rescore(outbound, outbound.risk(), Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OUTBOUND");
    }
}
