package org.stepin.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.LexiconFixture;

/** When a "not" before a risk phrase denies it, and when the next word turns it away, on a fixture lexicon. */
class NegationMarkerTest {
    @TempDir
    static Path root;

    private static Detector detector;

    @BeforeAll
    static void load() {
        detector = Detector.create(new LexiconFixture()
                .with(Category.HOPELESSNESS.path(), "why bother | 0.4\n")
                .with(Category.SUBSTANCE.path(), "vape | 0.35\n")
                .load(root));
    }

    private static List<ContextMark> marksOf(String text) {
        Assessment assessment = detector.assess(text);
        assertThat(assessment.evidence()).as("evidence in '%s'", text).hasSize(1);
        return assessment.evidence().get(0).marks();
    }

    @Test
    void shouldDenyWhatANotGoverns() {
        assertThat(marksOf("i do not want to die")).containsExactly(ContextMark.NEGATED);
        assertThat(marksOf("i will never vape")).containsExactly(ContextMark.NEGATED);
    }

    @Test
    void shouldNotDenyWhatComesAfterNotStop() {
        assertThat(marksOf("i can not stop wanting to die")).isEmpty();
        assertThat(marksOf("can not stop buying a vape")).isEmpty();
    }

    @Test
    void shouldNotDenyAQuestionAfterNotKnow() {
        assertThat(marksOf("i do not know why i bother")).isEmpty();
        assertThat(marksOf("do not know how i want to die")).isEmpty();
    }

    @Test
    void shouldStillDenyAfterNotKnowWithoutAQuestionWord() {
        assertThat(marksOf("i do not know anyone who wants to die")).containsExactly(ContextMark.NEGATED);
    }
}
