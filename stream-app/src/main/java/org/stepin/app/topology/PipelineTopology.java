package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.decide.AlertDecider;
import org.stepin.app.decide.AlertRouter;
import org.stepin.app.decide.MaskingSnippetMaker;
import org.stepin.app.decide.SnippetMaker;
import org.stepin.app.decide.Trajectory;
import org.stepin.app.event.EventReader;
import org.stepin.app.observe.DeepTierMetrics;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.serde.Json;
import org.stepin.app.serde.StoredConsentSerde;
import org.stepin.app.serde.YouthStateSerde;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepTier;
import org.stepin.core.privacy.PersonalDetailScanner;

/**
 * Builds the pipeline's topology, in one place:
 * <pre>
 * consents ──► consent-updater ──(age policy)──────────────────────────────┐
 *                   │ consent-store, youth-state-store                      │
 * messages ──► consent-gate ──► message-scorer ──► alert-decider ──────────┴──► alerts-sink ► caseworker-alerts
 *                   (blocked: counted, dropped)        youth-state-store
 * alert-actions ──► alert-action-applier (youth-state-store)
 * unreadable or failing records ──► DeadLetterHandler ──► dead-letters
 * </pre>
 * All inputs are keyed by youth id and co-partitioned, so one task owns a youth's consent, state and alerts.
 *
 * <p>One {@link DeepTier} per builder, so per application instance: every message-scorer of every stream thread
 * shares it and its bounded pool of parsers. It loads nothing while {@code stepin.deep.enabled} is false.
 */
public final class PipelineTopology {
    private final PipelineConfig config;
    private final Detector detector;
    private final SnippetMaker snippets;
    private final PipelineListener listener;
    private final DeepTier deep;

    /**
     * A builder for the pipeline over {@code config}, scoring with {@code detector} (made aware of the agency's
     * own contact details) and telling {@code listener} what it does.
     */
    public PipelineTopology(PipelineConfig config, Detector detector, PipelineListener listener) {
        this.config = requireNonNull(config, "config");
        this.detector = requireNonNull(detector, "detector").withAgencyDetails(config.agency());
        this.snippets = new MaskingSnippetMaker(PersonalDetailScanner.create().withAgencyDetails(config.agency()));
        this.listener = requireNonNull(listener, "listener");
        this.deep = DeepTier.create(this.detector, config.deep(), new DeepTierMetrics(this.listener));
    }

    /** The deep tier the topology's message-scorers share (to warm up before the stream starts). */
    public DeepTier deepTier() {
        return deep;
    }

    /** Builds the pipeline's topology: sources, processors, stores and sink, each named from {@link NodeNames}. */
    public Topology build() {
        ObjectMapper mapper = Json.mapper();
        EventReader reader = new EventReader(mapper, config.maxTextChars());
        AlertDecider decider = new AlertDecider(detector.severityPolicy(), config.alerts(),
                new Trajectory(config.trajectory()), new AlertRouter(config.workingHours()), snippets);
        ConsentCheck check = new ConsentCheck(config);

        Topology topology = new Topology();
        topology.addSource(NodeNames.CONSENTS_SOURCE, InputTopic.CONSENTS.keyDeserializer(reader),
                InputTopic.CONSENTS.valueDeserializer(reader), config.topics().consents());
        topology.addSource(NodeNames.MESSAGES_SOURCE, InputTopic.MESSAGES.keyDeserializer(reader),
                InputTopic.MESSAGES.valueDeserializer(reader), config.topics().messages());
        topology.addSource(NodeNames.ACTIONS_SOURCE, InputTopic.ALERT_ACTIONS.keyDeserializer(reader),
                InputTopic.ALERT_ACTIONS.valueDeserializer(reader), config.topics().alertActions());

        topology.addProcessor(NodeNames.CONSENT_UPDATER, () -> new ConsentUpdater(config, decider, listener),
                NodeNames.CONSENTS_SOURCE);
        topology.addProcessor(NodeNames.CONSENT_GATE, () -> new ConsentGate(check, listener),
                NodeNames.MESSAGES_SOURCE);
        topology.addProcessor(NodeNames.SCORER, () -> new MessageScorer(deep, listener), NodeNames.CONSENT_GATE);
        topology.addProcessor(NodeNames.ALERT_DECIDER, () -> new AlertDecisionProcessor(decider, listener),
                NodeNames.SCORER);
        topology.addProcessor(NodeNames.ACTION_APPLIER, () -> new AlertActionApplier(listener),
                NodeNames.ACTIONS_SOURCE);

        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NodeNames.CONSENT_STORE),
                        Serdes.String(), new StoredConsentSerde(mapper)),
                NodeNames.CONSENT_UPDATER, NodeNames.CONSENT_GATE);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(NodeNames.YOUTH_STATE_STORE), Serdes.String(),
                        new YouthStateSerde()),
                NodeNames.CONSENT_UPDATER, NodeNames.ALERT_DECIDER, NodeNames.ACTION_APPLIER);

        topology.addSink(NodeNames.ALERTS_SINK, config.topics().alerts(), OutputTopic.ALERTS.keySerializer(mapper),
                OutputTopic.ALERTS.valueSerializer(mapper), NodeNames.ALERT_DECIDER, NodeNames.CONSENT_UPDATER);
        return topology;
    }

    /**
     * Kafka Streams settings for this pipeline: exactly-once, the dead-letter handler for unreadable and failing
     * records, then the operator's {@code kafka.*} settings (which may override anything but the handlers).
     */
    public Properties streamsProperties() {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "stepin-detector");
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.putAll(config.kafka());
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetters());
        properties.put(DeadLetterHandler.LISTENER_CONFIG, listener);
        return properties;
    }
}
