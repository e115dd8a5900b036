package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * The team's golden cases ({@code golden/golden.tsv}): every trap and every category, with the exact
 * severity and the categories that must score. Runs against the packaged lexicons on every build.
 */
class GoldenCasesTest {
    private static Detector detector;
    private static List<GoldenCase> cases;

    record GoldenCase(int line, String text, Severity severity, List<Category> categories, String note) {
    }

    @BeforeAll
    static void load() throws IOException {
        detector = Detector.packaged();
        cases = read();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseScoresAsWritten() {
        return cases.stream().map(golden -> DynamicTest.dynamicTest(
                "golden.tsv:" + golden.line() + " " + golden.text(), () -> {
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

    private static List<GoldenCase> read() throws IOException {
        List<GoldenCase> read = new ArrayList<>();
        try (InputStream in = GoldenCasesTest.class.getResourceAsStream("/golden/golden.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException("golden.tsv:" + (i + 1) + ": expected 4 fields, got "
                            + fields.length);
                }
                List<Category> categories = fields[2].equals("-") ? List.of()
                        : Stream.of(fields[2].split(",")).map(String::trim).map(Category::fromId).toList();
                read.add(new GoldenCase(i + 1, fields[0], Severity.valueOf(fields[1]), categories, fields[3]));
            }
        }
        return read;
    }
}
