package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepin.core.score.Severity;

/**
 * Statements about who a young person is (gay, trans, Black, Muslim, disabled, a refugee ...) must
 * never raise risk: the team's identity set must stay at NONE with no evidence at all.
 */
class IdentityStatementsTest {
    @Test
    void identityStatementsStayAtNoneWithoutEvidence() throws IOException {
        Detector detector = Detector.packaged();
        List<String> statements = read();
        assertThat(statements).hasSizeGreaterThan(100);
        for (String statement : statements) {
            Assessment assessment = detector.assess(statement);
            assertThat(assessment.severity()).as("'%s': %s %s", statement, assessment.reason(), assessment.evidence())
                    .isEqualTo(Severity.NONE);
            assertThat(assessment.evidence()).as("evidence for '%s'", statement).isEmpty();
        }
    }

    private static List<String> read() throws IOException {
        try (InputStream in = IdentityStatementsTest.class.getResourceAsStream("/identity_statements.txt")) {
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
