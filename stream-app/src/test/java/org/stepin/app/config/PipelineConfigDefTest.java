package org.stepin.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.stepin.app.topics.TopicRole;

class PipelineConfigDefTest {

    @Test
    void everyKeyIsDocumentedGroupedAndValidated() {
        ConfigDef definition = PipelineConfigDef.configDef();

        assertThat(definition.configKeys().values()).allSatisfy(key -> {
            assertThat(key.name).startsWith(ConfigLoader.OWN_PREFIX);
            assertThat(key.documentation).as(key.name).isNotBlank().endsWith(".");
            assertThat(key.group).as(key.name).isNotBlank();
            assertThat(key.hasDefault()).as(key.name).isTrue();
            if (key.type != ConfigDef.Type.BOOLEAN && key.type != ConfigDef.Type.LIST) {
                assertThat(key.validator).as(key.name).isNotNull();
            }
        });
    }

    @Test
    void theKeysAreTheOnesOfTheHandWrittenLoaderPlusThePartitionCount() {
        assertThat(PipelineConfigDef.configDef().names()).containsExactlyInAnyOrder(
                "stepin.topics.messages", "stepin.topics.consents", "stepin.topics.alert-actions",
                "stepin.topics.alerts", "stepin.topics.dead-letters", "stepin.topics.partitions", "stepin.channels",
                "stepin.age.minimum", "stepin.message.max-chars", "stepin.alert.threshold", "stepin.alert.suppression",
                "stepin.trajectory.window", "stepin.trajectory.burst", "stepin.trajectory.max-entries",
                "stepin.trajectory.half-life", "stepin.trajectory.moderate-at", "stepin.trajectory.high-at",
                "stepin.working-hours.zone", "stepin.working-hours.days", "stepin.working-hours.time",
                "stepin.agency.email-domains", "stepin.agency.phones", "stepin.agency.handles",
                "stepin.agency.url-domains", "stepin.deep.enabled", "stepin.deep.pipelines", "stepin.deep.max-wait");
        assertThat(PipelineConfigDef.topicKey(TopicRole.ALERT_ACTIONS)).isEqualTo("stepin.topics.alert-actions");
    }

    @Test
    void aPlatformsOwnMinimumAgeIsDefinedWhenSet() {
        ConfigDef definition = PipelineConfigDef.withPlatformAges(Set.of("stepin.age.minimum.whatsapp",
                "stepin.alert.threshold"));

        assertThat(definition.names()).contains("stepin.age.minimum.whatsapp");
        assertThat(PipelineConfigDef.configDef().names()).doesNotContain("stepin.age.minimum.whatsapp");
    }

    @Test
    void theDefinitionHandedOutIsACopy() {
        PipelineConfigDef.configDef().define("stepin.extra", ConfigDef.Type.INT, ConfigDef.Importance.LOW, "x");

        assertThat(PipelineConfigDef.configDef().names()).doesNotContain("stepin.extra");
    }
}
