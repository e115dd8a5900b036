package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import java.util.Set;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.combine.Combiner;
import org.stepin.core.combine.CombinerModel;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.score.Severity;

/**
 * The packaged detector (rules, classifier and combiner) on the golden cases: the guard rails the combiner
 * promises, checked on every case. The rules tier's exact severities are {@link GoldenCasesTest}'s.
 */
class CombinedDetectorTest {
    private static final List<String> SOFTENING_MARKS = List.of("[NEGATED]", "[FIGURATIVE]", "[PAST]",
            "[HYPOTHETICAL]", "[GAMING]", "[ACADEMIC]");

    private static Detector combined;
    private static Detector rules;
    private static List<GoldenCase> cases;

    @BeforeAll
    static void load() throws IOException {
        combined = Detector.packaged();
        rules = combined.rulesOnly();
        cases = GoldenCase.read("/golden/golden.tsv");
    }

    @Test
    void packagedDetectorHasTheLearnedTierAndSaysSoInItsVersion() {
        assertThat(combined.hasLearnedTier()).isTrue();
        assertThat(rules.hasLearnedTier()).isFalse();
        assertThat(combined.modelVersion()).isEqualTo(Detector.MODEL_VERSION + "+" + Classifier.packaged().version()
                + "+" + CombinerModel.packaged().version());
        assertThat(combined.assess("hi").modelVersion()).isEqualTo(combined.modelVersion());
        assertThat(rules.assess("hi").modelVersion()).isEqualTo(Detector.MODEL_VERSION);
    }

    @TestFactory
    Stream<DynamicTest> guardRailsHoldOnEveryGoldenCase() {
        return cases.stream().map(golden -> DynamicTest.dynamicTest(golden.toString(), () -> {
            Assessment before = rules.assess(golden.text());
            Assessment after = combined.assess(golden.text());
            String why = golden.text() + " -> " + after.reason();
            if (before.severity().atLeast(Severity.HIGH)) {
                assertThat(after.severity()).as("never lowers HIGH or IMMINENT: %s", why)
                        .isEqualTo(before.severity());
            }
            assertThat(Math.abs(after.severity().ordinal() - before.severity().ordinal()))
                    .as("moves at most one level: %s", why).isLessThanOrEqualTo(1);
            if (golden.severity() == Severity.NONE) {
                assertThat(after.needsStepIn()).as("hard negative stays quiet: %s", why).isFalse();
            }
            if (!golden.severity().atLeast(Severity.MODERATE)
                    && SOFTENING_MARKS.stream().anyMatch(golden.note()::contains)) {
                assertThat(after.needsStepIn()).as("a softening context mark is not undone: %s", why).isFalse();
            }
            if (after.severity() != before.severity()) {
                assertThat(after.evidence()).as("a change is explained: %s", why)
                        .anyMatch(item -> item.source() == EvidenceSource.CLASSIFIER
                                && item.origin().equals(Classifier.packaged().version())
                                && item.span().isEmpty() && item.words(golden.text()).isEmpty());
            }
        }));
    }

    @Test
    void theLearnedTierChangesSomeGoldenCasesAndMostlyUpwards() {
        long raised = 0;
        long lowered = 0;
        for (GoldenCase golden : cases) {
            int delta = combined.assess(golden.text()).severity().ordinal()
                    - rules.assess(golden.text()).severity().ordinal();
            raised += delta > 0 ? 1 : 0;
            lowered += delta < 0 ? 1 : 0;
        }
        assertThat(raised).as("the combiner does something").isPositive();
        assertThat(lowered).as("lowered %d, raised %d", lowered, raised).isLessThan(raised);
    }

    @Test
    void topicWordsAloneAreNeverRaised() {
        Combiner unguarded = new Combiner(CombinerModel.packaged(), combined.severityPolicy());
        for (String message : List.of("suicidal thoughts", "self harm stuff")) {
            Assessment byRules = rules.assess(message);
            assertThat(byRules.evidence()).as(message).isNotEmpty()
                    .allMatch(item -> item.tags().contains(Tag.TOPIC));
            Probabilities probabilities = Classifier.packaged().probabilities(
                    combined.lexicon().analyzer().analyze(message));
            Severity raised = unguarded.combine(byRules.scores(), probabilities, Direction.INBOUND.categories(),
                    Set.of()).severity();
            assertThat(raised).as("the model alone would raise %s", message).isGreaterThan(byRules.severity());
            assertThat(combined.assess(message).severity()).as(message).isEqualTo(byRules.severity());
        }
    }

    @Test
    void outboundMessagesStayWithTheRulesAndTheBoundaryGuard() {
        String message = "text me on my personal 07700 900123 instead of this app";
        Assessment outbound = combined.assess(message, Direction.OUTBOUND);
        Assessment byRules = rules.assess(message, Direction.OUTBOUND);
        assertThat(outbound.severity()).isEqualTo(Severity.MODERATE).isEqualTo(byRules.severity());
        assertThat(outbound.scores()).isEqualTo(byRules.scores());
        assertThat(outbound.evidence()).isEqualTo(byRules.evidence());
    }
}
