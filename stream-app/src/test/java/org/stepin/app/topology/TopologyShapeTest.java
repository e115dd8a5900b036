package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.PipelineListener;

/**
 * Pins the topology's node and store names: they name changelog topics and metrics, so renaming one orphans
 * state in every running deployment. Change this test only together with a migration note.
 */
class TopologyShapeTest {
    private final PipelineTopology pipeline =
            new PipelineTopology(PipelineConfig.defaults(), PipelineDriver.DETECTOR, PipelineListener.NONE);

    @Test
    void everyNodeAndStoreHasItsPinnedName() {
        TopologyDescription description = pipeline.build().describe();
        Set<String> nodes = new TreeSet<>();
        Set<String> stores = new TreeSet<>();
        for (TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (TopologyDescription.Node node : subtopology.nodes()) {
                nodes.add(node.name());
                if (node instanceof TopologyDescription.Processor processor) {
                    stores.addAll(processor.stores());
                }
            }
        }

        assertThat(nodes).containsExactlyInAnyOrder("messages-source", "consents-source", "alert-actions-source",
                "consent-gate", "message-scorer", "alert-decider", "consent-updater", "alert-action-applier",
                "alerts-sink");
        assertThat(stores).containsExactlyInAnyOrder("consent-store", "youth-state-store");
        assertThat(description.globalStores()).isEmpty();
    }

    @Test
    void oneSubtopologyOwnsAYouthsConsentStateAndAlerts() {
        TopologyDescription description = pipeline.build().describe();

        assertThat(description.subtopologies()).hasSize(1);
        TopologyDescription.Source messages = (TopologyDescription.Source) node(description, "messages-source");
        assertThat(messages.topicSet()).containsExactly("messages");
        assertThat(successors(messages)).containsExactly("consent-gate");
        assertThat(successors(node(description, "consent-gate"))).containsExactly("message-scorer");
        assertThat(successors(node(description, "message-scorer"))).containsExactly("alert-decider");
        TopologyDescription.Sink sink = (TopologyDescription.Sink) node(description, "alerts-sink");
        assertThat(sink.topic()).isEqualTo("caseworker-alerts");
        assertThat(sink.predecessors()).extracting(TopologyDescription.Node::name)
                .containsExactlyInAnyOrder("alert-decider", "consent-updater");
    }

    @Test
    void exactlyOnceAndTheDeadLetterHandlerAreTheDefaults() {
        var properties = pipeline.streamsProperties();

        assertThat(properties.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(properties.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeadLetterHandler.class);
        assertThat(properties.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeadLetterHandler.class);
        assertThat(properties.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)).isEqualTo("dead-letters");
    }

    private static TopologyDescription.Node node(TopologyDescription description, String name) {
        return description.subtopologies().stream().flatMap(subtopology -> subtopology.nodes().stream())
                .filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> successors(TopologyDescription.Node node) {
        return node.successors().stream().map(TopologyDescription.Node::name).toList();
    }
}
