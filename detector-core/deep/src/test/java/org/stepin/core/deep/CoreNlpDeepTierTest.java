package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.Evidence;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/** The deep tier with the real CoreNLP pipeline on crafted messages; one pipeline serves the whole class. */
class CoreNlpDeepTierTest {
    private static Detector detector;
    private static DeepTier tier;
    private static DeepCounters counters;

    @BeforeAll
    static void load() {
        // the grammar rules are written against the rules tier; the learned tier is checked elsewhere
        detector = Detector.packaged().rulesOnly();
        counters = new DeepCounters();
        tier = DeepTier.create(detector, new DeepSettings(true, 1, Duration.ofMinutes(2)), counters);
        tier.warmUp();
    }

    private static Evidence only(Assessment assessment) {
        assertThat(assessment.evidence()).hasSize(1);
        return assessment.evidence().get(0);
    }

    @Test
    void shouldLowerAStatementNegatedAcrossAClauseToTheFloorForHigh() {
        String text = "i never said i wanted to die";
        assertThat(detector.assess(text).severity()).isEqualTo(Severity.HIGH);
        DeepOutcome outcome = tier.outcome(text, Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.ADJUSTED);
        assertThat(outcome.assessment().severity()).isEqualTo(DeepReviewer.HIGH_FLOOR);
        assertThat(outcome.assessment().reason()).contains("floor");
        assertThat(outcome.assessment().modelVersion()).isEqualTo(DeepTier.modelVersion(tier.detector()));
        Evidence evidence = only(outcome.assessment());
        assertThat(evidence.marks()).containsExactly(ContextMark.NEGATED);
        assertThat(evidence.review()).startsWith("deep: negated ('never' advmod of 'said')");
    }

    @Test
    void shouldNotTouchPlainOwnVoiceIntent() {
        DeepOutcome outcome = tier.outcome("i want to die", Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.NOT_SENT);
        assertThat(outcome.assessment().severity()).isEqualTo(Severity.HIGH);
        assertThat(outcome.assessment().modelVersion()).isEqualTo(detector.modelVersion());
    }

    @Test
    void shouldKeepOwnVoiceWhenTheNegationGovernsAnotherClause() {
        DeepOutcome outcome = tier.outcome("i dont know why i want to die", Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.CONFIRMED);
        assertThat(outcome.assessment().severity()).isEqualTo(Severity.HIGH);
        assertThat(only(outcome.assessment()).review()).contains("not negated").contains("subject first person");
    }

    @Test
    void shouldConfirmANegationTheFastTierFound() {
        DeepOutcome outcome = tier.outcome("i would never hurt myself", Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.CONFIRMED);
        assertThat(outcome.assessment().severity()).isEqualTo(Severity.NONE);
        assertThat(only(outcome.assessment()).review()).contains("negated ('never' advmod of 'hurt')");
    }

    @Test
    void shouldConfirmAFriendAsTheSubject() {
        DeepOutcome outcome = tier.outcome("my best friend told me she wants to die", Direction.INBOUND);
        assertThat(outcome.status()).isEqualTo(DeepStatus.CONFIRMED);
        Evidence evidence = only(outcome.assessment());
        assertThat(evidence.category()).isEqualTo(Category.PEER_CONCERN);
        assertThat(evidence.review()).contains("subject third person (nsubj 'she' of 'wants')");
    }

    @Test
    void shouldNoteAConditionalWithoutLoweringIt() {
        String text = "if i killed myself would anyone even care";
        Assessment fast = detector.assess(text);
        DeepOutcome outcome = tier.outcome(text, Direction.INBOUND);
        assertThat(outcome.assessment().severity()).isEqualTo(fast.severity());
        if (outcome.status().parsed()) {
            assertThat(outcome.assessment().evidence()).anyMatch(e -> e.review().contains("conditional"));
        }
    }

    @Test
    void shouldCountWhatWentDeep() {
        long before = counters.sent();
        tier.outcome("i never said i wanted to die", Direction.INBOUND);
        assertThat(counters.sent()).isEqualTo(before + 1);
        assertThat(counters.nanos()).isPositive();
    }

    @Test
    void shouldNameTheCoreNlpVersionOnTheClassPath() throws IOException {
        try (InputStream in = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getResourceAsStream(
                "/META-INF/maven/edu.stanford.nlp/stanford-corenlp/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                assertThat(DeepTier.VERSION).contains("corenlp-" + properties.getProperty("version") + "-");
            }
        }
    }

    @Test
    void shouldReviewOnTopOfTheLearnedTierWithBothVersions() {
        Detector combined = Detector.packaged();
        DeepTier onCombined = DeepTier.create(combined, new DeepSettings(true, 1, Duration.ofMinutes(1)),
                new DeepCounters());
        String text = "i never said i wanted to die";
        DeepOutcome outcome = onCombined.outcome(text, Direction.INBOUND);
        assertThat(combined.assess(text).severity()).isEqualTo(Severity.HIGH);
        assertThat(outcome.status()).isEqualTo(DeepStatus.ADJUSTED);
        assertThat(outcome.assessment().severity()).isEqualTo(DeepReviewer.HIGH_FLOOR);
        assertThat(outcome.assessment().modelVersion()).isEqualTo(combined.modelVersion() + "+" + DeepTier.VERSION);
        assertThat(onCombined.outcome("i want to die tonight", Direction.INBOUND).assessment().severity())
                .isEqualTo(Severity.IMMINENT);
    }
}
