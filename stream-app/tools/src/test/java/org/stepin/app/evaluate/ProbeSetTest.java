package org.stepin.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/** The probe set's shape only (it is never scored in a test: see its LABELLING.md and probe.sh). */
class ProbeSetTest {
    private static final Set<String> GROUPS = Set.of("plan_act", "farewell", "obfuscated", "burst", "indirect",
            "abuse", "peer", "bullying", "substance", "worker_threat", "neg_hyperbole", "neg_everyday",
            "neg_identity", "neg_support");

    @Test
    void everyRowIsWellFormedAndTheSetIsLargeEnough() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/probes/probe-2026-12.tsv")) {
            assertThat(in).as("probe set on the test class path").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines.get(0)).isEqualTo("id\tgroup\texpected\tcategory\tsplit\ttext");
        Set<String> ids = new HashSet<>();
        int negatives = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertThat(fields).as(line.substring(0, Math.min(8, line.length()))).hasSize(6);
            assertThat(ids.add(fields[0])).as("unique id %s", fields[0]).isTrue();
            assertThat(GROUPS).contains(fields[1]);
            Severity expected = Severity.valueOf(fields[2]);
            if (!fields[3].equals("none")) {
                assertThat(Category.values()).extracting(Category::id).contains(fields[3]);
            }
            assertThat(fields[4].equals("-") || fields[4].matches("b\\d+")).as("split of %s", fields[0]).isTrue();
            assertThat(fields[5]).isNotBlank();
            negatives += fields[1].startsWith("neg_") ? 1 : 0;
            if (fields[1].startsWith("neg_")) {
                assertThat(expected.atLeast(Severity.MODERATE)).as("hard negative %s", fields[0]).isFalse();
            }
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(400);
        assertThat(negatives).isGreaterThanOrEqualTo(200);
    }
}
