package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.score.Severity;

/**
 * The team's golden cases ({@code golden/golden.tsv}): every trap and every category, with the exact
 * severity and the categories that must score. They specify the rules tier (the packaged lexicons, context
 * marks and thresholds), which analysts edit; what the learned tier may change on top of them is pinned by
 * {@code CombinedDetectorTest}.
 */
class GoldenCasesTest {
    private static Detector detector;
    private static List<GoldenCase> cases;

    @BeforeAll
    static void load() throws IOException {
        detector = Detector.create(Lexicon.packaged());
        cases = GoldenCase.read("/golden/golden.tsv");
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseScoresAsWritten() {
        return cases.stream().map(golden -> DynamicTest.dynamicTest(
                golden.toString(), () -> {
                    Assessment assessment = detector.assess(golden.text());
                    assertThat(assessment.severity())
                            .as("severity of '%s' (%s); reason: %s; evidence: %s", golden.text(), golden.note(),
                                    assessment.reason(), assessment.evidence())
                            .isEqualTo(golden.severity());
                    for (Category category : golden.categories()) {
                        assertThat(assessment.score(category))
                                .as("%s score of '%s' (%s); scores: %s", category.id(), golden.text(), golden.note(),
                                        assessment.scores())
                                .isPositive();
                    }
                }));
    }

    @Test
    void goldenFileCoversEverySeverityAndEveryInboundCategory() {
        assertThat(cases).hasSizeGreaterThan(200);
        for (Severity severity : Severity.values()) {
            assertThat(cases).as("cases at %s", severity).anyMatch(golden -> golden.severity() == severity);
        }
        for (Category category : Category.values()) {
            if (category != Category.BOUNDARY) {
                assertThat(cases).as("cases for %s", category.id())
                        .anyMatch(golden -> golden.categories().contains(category));
            }
        }
    }
}
