package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.decide.AlertDecider;
import org.stepin.app.decide.Decision;
import org.stepin.app.decide.ScoredMessage;
import org.stepin.app.decide.YouthState;
import org.stepin.app.event.Alert;
import org.stepin.app.observe.PipelineListener;
import org.stepin.core.score.Severity;

/** Runs {@link AlertDecider} against the youth's stored state, stores the new state and sends the alerts. */
final class AlertDecisionProcessor extends ContextualProcessor<String, ScoredMessage, String, Alert> {
    private final AlertDecider decider;
    private final PipelineListener listener;
    private KeyValueStore<String, YouthState> states;

    AlertDecisionProcessor(AlertDecider decider, PipelineListener listener) {
        this.decider = requireNonNull(decider, "decider");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        super.init(context);
        states = context.getStateStore(NodeNames.YOUTH_STATE_STORE);
    }

    @Override
    public void process(Record<String, ScoredMessage> record) {
        YouthState state = states.get(record.key());
        long now = context().currentSystemTimeMs();
        Decision decision = decider.decide(state == null ? YouthState.EMPTY : state, record.value(),
                Instant.ofEpochMilli(now));
        if (decision.state().isEmpty()) {
            if (state != null) {
                states.delete(record.key());
            }
        } else if (!decision.state().equals(state)) {
            states.put(record.key(), decision.state());
        }
        for (Severity severity : decision.suppressed()) {
            listener.alertSuppressed(severity);
        }
        for (Alert alert : decision.alerts()) {
            context().forward(record.withValue(alert));
            listener.alertEmitted(alert, now - alert.eventTime().toEpochMilli());
        }
    }
}
