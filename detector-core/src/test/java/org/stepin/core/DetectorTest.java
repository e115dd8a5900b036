package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.LexiconFixture;
import org.stepin.core.score.Severity;

/** The whole chain over a small fixture lexicon, one rule at a time. */
class DetectorTest {
    @TempDir
    static Path root;

    private static Detector detector;

    @BeforeAll
    static void load() {
        detector = Detector.create(new LexiconFixture().load(root));
    }

    @Test
    void shouldRateOwnVoiceIntentHigh() {
        Assessment assessment = detector.assess("honestly i want to die");
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
        assertThat(assessment.score(Category.SUICIDAL_IDEATION)).isEqualTo(0.9);
        Evidence evidence = assessment.evidence().get(0);
        assertThat(evidence.entry()).isEqualTo("want to die");
        assertThat(evidence.source()).isEqualTo(EvidenceSource.LEXICON);
        assertThat(evidence.words("honestly i want to die")).isEqualTo("want to die");
        assertThat(evidence.marks()).isEmpty();
        assertThat(evidence.origin()).isEqualTo("categories/suicidal_ideation.txt:3");
        assertThat(assessment.lexiconVersion()).startsWith("9.9.9+sha256.");
        assertThat(assessment.modelVersion()).isEqualTo(Detector.MODEL_VERSION);
    }

    @Test
    void shouldMakeIntentWithATimeCueImminent() {
        Assessment assessment = detector.assess("i want to die tonight");
        assertThat(assessment.severity()).isEqualTo(Severity.IMMINENT);
        assertThat(assessment.reason()).contains("want to die").contains("tonight");
    }

    @Test
    void shouldNotMakeAFriendsIntentImminent() {
        Assessment assessment = detector.assess("my friend said she wants to die tonight");
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
        assertThat(assessment.score(Category.SUICIDAL_IDEATION)).isZero();
        assertThat(assessment.score(Category.PEER_CONCERN)).isEqualTo(0.9);
        assertThat(assessment.evidence().get(0).marks()).containsExactly(ContextMark.THIRD_PERSON);
        assertThat(assessment.evidence().get(0).lexiconCategory()).isEqualTo(Category.SUICIDAL_IDEATION);
    }

    @Test
    void shouldHighlightObfuscatedTextInTheOriginal() {
        String text = "ugh k1ll mys3lf";
        Assessment assessment = detector.assess(text);
        Evidence evidence = assessment.evidence().get(0);
        assertThat(evidence.words(text)).isEqualTo("k1ll mys3lf");
    }

    @Test
    void shouldHighlightExpandedSlangAsTyped() {
        String text = "kms \uD83D\uDC80";
        Evidence evidence = detector.assess(text).evidence().get(0);
        assertThat(evidence.words(text)).isEqualTo("kms");
    }

    @Test
    void shouldNeverMatchInsideAWord() {
        assertThat(detector.assess("she skilled herself at killing time").evidence()).isEmpty();
    }

    @Test
    void shouldAllowOneFillerWordButNotTwo() {
        assertThat(detector.assess("i want to just die").score(Category.SUICIDAL_IDEATION)).isEqualTo(0.9);
        assertThat(detector.assess("i want to really just die").score(Category.SUICIDAL_IDEATION)).isZero();
    }

    @Test
    void shouldNotMatchAcrossASentenceEnd() {
        assertThat(detector.assess("i want to. die").evidence()).isEmpty();
        assertThat(detector.assess("i want to, die").evidence()).hasSize(1);
    }

    @Test
    void shouldCancelNegatedIntent() {
        Assessment assessment = detector.assess("i would never kill myself");
        assertThat(assessment.severity()).isEqualTo(Severity.NONE);
        assertThat(assessment.evidence().get(0).marks()).containsExactly(ContextMark.NEGATED);
        assertThat(assessment.evidence().get(0).effectiveWeight()).isZero();
    }

    @Test
    void shouldEndNegationScopeAtANewSubject() {
        Assessment assessment = detector.assess("i don't know why i want to die");
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldCancelNegationBetweenPhraseWords() {
        assertThat(detector.assess("i want to not die").severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void shouldCancelFigurativeHyperbole() {
        Assessment assessment = detector.assess("this homework is killing me");
        assertThat(assessment.severity()).isEqualTo(Severity.NONE);
        assertThat(assessment.evidence().get(0).marks()).containsExactly(ContextMark.FIGURATIVE);
    }

    @Test
    void shouldMoveReportedSpeechToBullying() {
        Assessment assessment = detector.assess("they told me to kill myself");
        assertThat(assessment.score(Category.SUICIDAL_IDEATION)).isZero();
        assertThat(assessment.score(Category.BULLYING)).isEqualTo(0.9);
        assertThat(assessment.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldHalveHypotheticals() {
        Assessment assessment = detector.assess("what if i want to die");
        assertThat(assessment.score(Category.SUICIDAL_IDEATION)).isEqualTo(0.45);
        assertThat(assessment.severity()).isEqualTo(Severity.MODERATE);
    }

    @Test
    void shouldKeepAThirdOfThePast() {
        Assessment assessment = detector.assess("i used to want to die");
        assertThat(assessment.evidence().get(0).marks()).containsExactly(ContextMark.PAST);
        assertThat(assessment.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void shouldCancelGamingAndAcademicContext() {
        assertThat(detector.assess("fortnite lobby makes me want to die").severity()).isEqualTo(Severity.NONE);
        assertThat(detector.assess("my essay on why people want to die").severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void shouldEndAcademicReachAtANewClause() {
        assertThat(detector.assess("the essay is due and i want to die").severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldScoreOutboundMessagesForBoundaryOnly() {
        Assessment inbound = detector.assess("boundary and i want to die");
        Assessment outbound = detector.assess("boundary and i want to die", Direction.OUTBOUND);
        assertThat(inbound.score(Category.BOUNDARY)).isZero();
        assertThat(outbound.score(Category.BOUNDARY)).isEqualTo(0.5);
        assertThat(outbound.score(Category.SUICIDAL_IDEATION)).isZero();
    }

    @Test
    void shouldCombineDistinctPhrasesWithNoisyOr() {
        Assessment assessment = detector.assess("kill me. end it all");
        assertThat(assessment.score(Category.SUICIDAL_IDEATION)).isEqualTo(0.88);
    }

    @Test
    void shouldNameTheFirstImminenceTagInTagOrderWhateverTheSetOrder(@TempDir Path own) {
        Detector withTags = Detector.create(new LexiconFixture().with(Category.SUICIDAL_IDEATION.path(),
                "# test\nwrite my note | 0.9 | intent,farewell,time,plan\n").load(own));
        Assessment assessment = withTags.assess("i will write my note");
        assertThat(assessment.severity()).isEqualTo(Severity.IMMINENT);
        assertThat(assessment.reason()).endsWith("with plan ('write my note')");
    }

    @Test
    void shouldMatchACountOfTenOrMoreWhereAPhraseSaysMany(@TempDir Path own) {
        Detector counting = Detector.create(new LexiconFixture().with(Category.SUICIDAL_IDEATION.path(),
                "# test\nswallow {many} paracetamol | 0.8 | intent\n{many} pills | 0.4\n").load(own));

        assertThat(counting.assess("i swallowed 20 paracetamol").evidence()).extracting(Evidence::entry)
                .containsExactly("swallow {many} paracetamol");
        assertThat(counting.assess("swallowed like twenty paracetamol").score(Category.SUICIDAL_IDEATION))
                .isEqualTo(0.8);
        assertThat(counting.assess("i have 30 pills").evidence()).extracting(Evidence::entry)
                .containsExactly("{many} pills");
        assertThat(counting.assess("swallowed dozens of paracetamol").evidence()).hasSize(1);
        assertThat(counting.assess("i swallowed 2 paracetamol for my headache").evidence()).isEmpty();
        assertThat(counting.assess("i swallowed 9 paracetamol").evidence()).isEmpty();
        assertThat(counting.assess("i swallowed many paracetamol").evidence()).isEmpty();
    }

    @Test
    void shouldCountARepeatedPhraseOnce() {
        Assessment assessment = detector.assess("called me names, called me ugly");
        assertThat(assessment.score(Category.BULLYING)).isEqualTo(0.3);
        assertThat(assessment.evidence()).hasSize(2);
    }

    @Test
    void shouldSayWhenTheMessageWasTruncated() {
        assertThat(detector.assess("a ".repeat(5_000)).truncated()).isTrue();
        assertThat(detector.assess("hello").truncated()).isFalse();
    }

    @Test
    void shouldNotScoreIdentityWords() {
        assertThat(detector.assess("i'm gay and trans").evidence()).isEmpty();
    }
}
