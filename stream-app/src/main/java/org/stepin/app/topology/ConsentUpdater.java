package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.decide.AlertDecider;
import org.stepin.app.decide.YouthState;
import org.stepin.app.event.Alert;
import org.stepin.app.event.ConsentRecord;
import org.stepin.app.event.ConsentStatus;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.InvalidEventException;
import org.stepin.app.event.StoredConsent;
import org.stepin.app.observe.PipelineListener;

/**
 * Keeps the consent table. A revocation (REVOKED status or a tombstone) marks the youth revoked and deletes
 * their stored trajectory and open alerts at once. A grant for a youth certainly below the minimum age of a
 * platform it covers is stored as under age (so nothing is scored) and raises one supervisor alert.
 */
final class ConsentUpdater extends ContextualProcessor<String, ConsentRecord, String, Alert> {
    private final PipelineConfig config;
    private final AlertDecider decider;
    private final PipelineListener listener;
    private KeyValueStore<String, StoredConsent> consents;
    private KeyValueStore<String, YouthState> states;

    ConsentUpdater(PipelineConfig config, AlertDecider decider, PipelineListener listener) {
        this.config = requireNonNull(config, "config");
        this.decider = requireNonNull(decider, "decider");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        super.init(context);
        consents = context.getStateStore(NodeNames.CONSENT_STORE);
        states = context.getStateStore(NodeNames.YOUTH_STATE_STORE);
    }

    @Override
    public void process(Record<String, ConsentRecord> record) {
        String youthId = record.key();
        ConsentRecord consent = record.value();
        if (consent != null && !youthId.equals(consent.youthId())) {
            throw new InvalidEventException(ErrorKind.KEY_MISMATCH, "record key differs from youthId");
        }
        StoredConsent previous = consents.get(youthId);
        boolean alreadyUnderAge = previous != null && previous.underAge();
        if (consent == null || consent.status() == ConsentStatus.REVOKED) {
            consents.put(youthId, new StoredConsent(consent, true, alreadyUnderAge));
            YouthState deleted = states.delete(youthId);
            if (deleted != null) {
                listener.stateDeleted();
                OpenAlerts.report(listener, context().taskId().toString(), deleted, null);
            }
            return;
        }
        UnderAge underAge = underAge(consent);
        consents.put(youthId, new StoredConsent(consent, false, underAge != null));
        if (underAge != null && !alreadyUnderAge) {
            Alert alert = decider.agePolicyAlert(consent, underAge.platform(), underAge.minimumAge(),
                    Instant.ofEpochMilli(context().currentSystemTimeMs()));
            context().forward(record.withValue(alert));
            listener.alertEmitted(alert, 0);
        }
    }

    private UnderAge underAge(ConsentRecord consent) {
        for (String channel : consent.channels()) {
            String platform = config.channels().get(channel);
            if (platform == null) {
                continue;
            }
            int minimum = config.agePolicy().minimumAge(platform);
            if (consent.oldestPossibleAgeAt(consent.recordedAt()) < minimum) {
                return new UnderAge(platform, minimum);
            }
        }
        return null;
    }

    private record UnderAge(String platform, int minimumAge) {
    }
}
