package org.stepin.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void shouldBracketTriggeringWordsAndGiveTheReason() {
        CommandRun run = CommandRun.of("explain", "ngl i want to kill myself tonight");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("severity: IMMINENT");
        assertThat(run.out()).containsPattern("message: +ngl i \\[.*kill myself.*\\]");
        assertThat(run.out()).contains("suicidal_ideation");
        assertThat(run.out()).contains("lexicon ").contains("model ");
    }

    @Test
    void shouldShowContextMarksThatCancelled() {
        CommandRun run = CommandRun.of("explain", "lol my brother's gonna unalive me when he sees i ate his fries");
        assertThat(run.out()).contains("severity: NONE").containsPattern("marks: .*figurative");
    }

    @Test
    void shouldPrintJsonOnRequest() throws Exception {
        CommandRun run = CommandRun.of("explain", "--json", "my friend said she wants to kill herself");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("categories").has("peer_concern")).isTrue();
        assertThat(json.get("categories").has("suicidal_ideation")).isFalse();
    }

    @Test
    void shouldShowWhatTheDeepTierFoundOnRequest() {
        CommandRun run = CommandRun.of("explain", "--deep", "i never said i wanted to die");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("severity: MODERATE").contains("deep: negated ('never' advmod of 'said')")
                .contains("+deep-1+corenlp-");
    }

    @Test
    void shouldRequireText() {
        CommandRun run = CommandRun.of("explain");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("TEXT");
    }
}
