package org.stepin.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Evidence;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.lexicon.LexiconFixture;
import org.stepin.core.score.Severity;

/**
 * Who a risk phrase is about: the young person, the reader (ADDRESSEE) or people in general (GENERIC),
 * over a small fixture lexicon so each rule is seen on its own.
 */
class ContextFramesTest {
    @TempDir
    static Path root;

    private static Detector detector;

    @BeforeAll
    static void load() {
        detector = Detector.create(new LexiconFixture()
                .with(CueKind.FIRST_PERSON.path(), "i\nme\nmyself\n")
                .with(CueKind.SECOND_PERSON.path(), "you\nyour\n")
                .with(CueKind.DIRECTIVE.path(), "reach out\ntalk to someone\n")
                .with(CueKind.GENERIC.path(), "people\nanyone who\n")
                .with(CueKind.HYPOTHETICAL.path(), "what if\ndo you ever\n")
                .load(root));
    }

    private static List<ContextMark> marksOf(String text) {
        Assessment assessment = detector.assess(text);
        assertThat(assessment.evidence()).as("evidence in '%s'", text).isNotEmpty();
        Evidence evidence = assessment.evidence().get(0);
        return evidence.marks();
    }

    @Test
    void shouldMarkTheReaderAsSubjectAsAddressee() {
        assertThat(marksOf("it sounds like you want to die")).containsExactly(ContextMark.ADDRESSEE);
        Assessment assessment = detector.assess("if you want to die please tell someone");
        assertThat(assessment.severity()).isEqualTo(Severity.LOW);
        assertThat(assessment.evidence().get(0).effectiveWeight()).isEqualTo(0.18);
    }

    @Test
    void shouldKeepOwnVoiceWhenAFirstPersonWordFollowsTheYou() {
        assertThat(marksOf("you make me want to die")).isEmpty();
        assertThat(marksOf("you know i want to die")).isEmpty();
        assertThat(detector.assess("you know i want to die").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldKeepOwnVoiceWhenThePhraseHoldsAFirstPersonWord() {
        assertThat(marksOf("you said it, i should kill myself")).isEmpty();
        assertThat(marksOf("did you know people think i should kill myself")).isEmpty();
    }

    @Test
    void shouldTreatADirectiveAsAimedAtTheReader() {
        assertThat(marksOf("reach out whenever you want to die")).containsExactly(ContextMark.ADDRESSEE);
        assertThat(marksOf("talk to someone if it gets to want to die")).containsExactly(ContextMark.ADDRESSEE);
    }

    @Test
    void shouldNotTreatADirectiveAfterTheYoungPersonAsAimedAtTheReader() {
        assertThat(marksOf("i need to talk to someone want to die")).isEmpty();
    }

    @Test
    void shouldLeaveAGeneralQuestionToTheHypotheticalMark() {
        assertThat(marksOf("do you ever just want to die")).containsExactly(ContextMark.HYPOTHETICAL);
        assertThat(marksOf("what if you want to die")).containsExactly(ContextMark.HYPOTHETICAL);
    }

    @Test
    void shouldMarkPeopleInGeneralAsGeneric() {
        assertThat(marksOf("depression makes people want to die")).containsExactly(ContextMark.GENERIC);
        assertThat(marksOf("anyone who wants to die needs help")).containsExactly(ContextMark.GENERIC);
        assertThat(detector.assess("depression makes people want to die").severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void shouldKeepOwnVoiceAfterAGenericSubject() {
        assertThat(marksOf("people say it gets better but i want to die")).isEmpty();
    }

    @Test
    void shouldNotLowerInsultsAimedAtTheReader() {
        Assessment assessment = detector.assess("you are a worker harassment");
        assertThat(assessment.evidence()).isNotEmpty();
        assertThat(assessment.evidence().get(0).marks()).isEmpty();
    }

    @Test
    void shouldLetAFriendsVoiceWinOverAnEarlierYou() {
        assertThat(marksOf("you know my friend wants to die")).containsExactly(ContextMark.THIRD_PERSON);
    }
}
