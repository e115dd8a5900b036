package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.text.Analyzer;

/** Assessing an already analysed message gives exactly the assessment of its text. */
class SharedAnalysisTest {
    @Test
    void shouldAssessAnalysedTextLikeItsOriginal() {
        Detector detector = Detector.packaged();
        Analyzer analyzer = detector.lexicon().analyzer();
        for (var message : SeedCorpus.packaged().messages()) {
            for (Direction direction : Direction.values()) {
                assertThat(detector.assess(analyzer.analyze(message.text()), direction)).as(message.id())
                        .isEqualTo(detector.assess(message.text(), direction));
            }
        }
    }
}
