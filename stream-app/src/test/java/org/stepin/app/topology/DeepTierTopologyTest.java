package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.deep.DeepTier;

/**
 * The deep tier switched on and off in the real topology. The only test class that loads CoreNLP (5-20 s): the
 * deep-on pipeline, and so its one tier, is shared by its tests, each with its own youth.
 */
class DeepTierTopologyTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    /** Fast tier: HIGH (the negation is outside its window); the parse reads "never said" and lowers it. */
    private static final String NEGATED_REPORT = "i never said i wanted to die";
    private static final String DEEP_VERSION_SUFFIX = "+" + DeepTier.VERSION;

    private static PipelineDriver deepOn;

    @BeforeAll
    static void startWithTheDeepTier() {
        Properties properties = new Properties();
        properties.setProperty("stepin.deep.enabled", "true");
        deepOn = new PipelineDriver(properties);
        deepOn.deepTier.warmUp();
    }

    @AfterAll
    static void stop() {
        deepOn.close();
    }

    @Test
    void shouldLowerAParsedHighToAModerateCaseworkerAlertWhenTheDeepTierIsOn() {
        deepOn.consent(Events.consent("deep-a", T.minus(Duration.ofDays(30)), null, 2010));
        deepOn.send(Events.message("e1", "deep-a", T, NEGATED_REPORT));

        JsonNode alert = single(deepOn.alerts());
        assertThat(alert.get("severity").asText()).isEqualTo("MODERATE");
        assertThat(alert.get("routeTo").asText()).isEqualTo("CASEWORKER");
        assertThat(alert.get("assignee").asText()).isEqualTo(Events.CASEWORKER);
        assertThat(alert.get("categories").toString()).isEqualTo("[\"suicidal_ideation\"]");
        assertThat(alert.get("evidence").get(0).get("words").asText()).isEqualTo("wanted to die");
        assertThat(alert.get("evidence").get(0).get("marks").toString()).isEqualTo("[\"negated\"]");
        assertThat(alert.get("modelVersion").asText()).endsWith(DEEP_VERSION_SUFFIX)
                .isEqualTo(DeepTier.modelVersion(PipelineDriver.DETECTOR));
        assertThat(deepOn.counts()).containsEntry("scored.deep", 1L);
        assertThat(deepOn.deepTier.pipelinesLoaded()).isEqualTo(1);
    }

    @Test
    void shouldPageOnCallWithTheFastTiersHighAndLoadNothingWhenTheDeepTierIsOff() {
        try (PipelineDriver deepOff = new PipelineDriver()) {
            deepOff.consent(Events.consent("deep-b", T.minus(Duration.ofDays(30)), null, 2010));
            deepOff.send(Events.message("e2", "deep-b", T, NEGATED_REPORT));

            JsonNode alert = single(deepOff.alerts());
            assertThat(alert.get("severity").asText()).isEqualTo("HIGH");
            assertThat(alert.get("routeTo").asText()).isEqualTo("ON_CALL");
            assertThat(alert.get("modelVersion").asText()).doesNotContain(DeepTier.VERSION);
            assertThat(deepOff.counts()).doesNotContainKey("scored.deep");
            assertThat(deepOff.deepTier.settings().enabled()).isFalse();
            assertThat(deepOff.deepTier.pipelinesLoaded()).isZero();
        }
    }

    private static JsonNode single(List<JsonNode> alerts) {
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }
}
