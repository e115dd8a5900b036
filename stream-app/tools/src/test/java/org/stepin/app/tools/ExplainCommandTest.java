package org.stepin.app.tools;

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

    @Test
    void shouldShowTheClassifiersShareAsItsOwnSourceWithoutWords() throws Exception {
        // the packaged learned tier moves hopelessness here (seed corpus a0021); its evidence has no span
        String text = "no one would care if i killed myself anyway";
        CommandRun run = CommandRun.of("explain", text);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\n  classifier  hopelessness  probability [0-9.]+ -> combined score")
                .contains("lexicon 'kill myself'").doesNotContain("[0-0]").doesNotContain("[]");
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("explain", "--json", text).out());
        JsonNode classifier = null;
        for (JsonNode item : json.get("evidence")) {
            if (item.get("source").asText().equals("classifier")) {
                classifier = item;
            } else {
                assertThat(item.get("source").asText()).isEqualTo("lexicon");
                assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
                        .isEqualTo(item.get("text").asText());
            }
        }
        assertThat(classifier).isNotNull();
        assertThat(classifier.has("start")).isFalse();
        assertThat(classifier.has("text")).isFalse();
        assertThat(classifier.get("origin").asText()).startsWith("doccat-1+sha256.");
    }
}
