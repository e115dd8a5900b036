package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.decide.AlertDecider;
import org.stepin.app.decide.Decision;
import org.stepin.app.decide.ScoredMessage;
import org.stepin.app.decide.YouthState;
import org.stepin.app.event.Alert;
import org.stepin.app.observe.PipelineListener;
import org.stepin.core.score.Severity;

/**
 * Runs {@link AlertDecider} against the youth's stored state, stores the new state and sends the alerts. Every
 * {@link #SWEEP_INTERVAL} of wall-clock time it also expires old signals and forgotten open alerts of every youth
 * in its task, deleting what is left empty, so a quiet youth's data does not linger.
 */
final class AlertDecisionProcessor extends ContextualProcessor<String, ScoredMessage, String, Alert> {
    /** How often stored state is swept for expired entries. */
    static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private final AlertDecider decider;
    private final PipelineListener listener;
    private KeyValueStore<String, YouthState> states;
    private String task;

    AlertDecisionProcessor(AlertDecider decider, PipelineListener listener) {
        this.decider = requireNonNull(decider, "decider");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        super.init(context);
        states = context.getStateStore(NodeNames.YOUTH_STATE_STORE);
        task = context.taskId().toString();
        try (KeyValueIterator<String, YouthState> all = states.all()) {
            while (all.hasNext()) {
                OpenAlerts.reportOpen(listener, task, all.next().value);
            }
        }
        context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    @Override
    public void close() {
        listener.taskReleased(task);
    }

    private void sweep(long now) {
        List<KeyValue<String, YouthState>> changes = new ArrayList<>();
        try (KeyValueIterator<String, YouthState> all = states.all()) {
            while (all.hasNext()) {
                KeyValue<String, YouthState> entry = all.next();
                YouthState kept = decider.expire(entry.value, now);
                if (!kept.equals(entry.value)) {
                    OpenAlerts.report(listener, task, entry.value, kept);
                    changes.add(KeyValue.pair(entry.key, kept.isEmpty() ? null : kept));
                }
            }
        }
        for (KeyValue<String, YouthState> change : changes) {
            if (change.value == null) {
                states.delete(change.key);
            } else {
                states.put(change.key, change.value);
            }
        }
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
        OpenAlerts.report(listener, task, state, decision.state());
        for (Severity severity : decision.suppressed()) {
            listener.alertSuppressed(severity);
        }
        for (Alert alert : decision.alerts()) {
            context().forward(record.withValue(alert));
            listener.alertEmitted(alert, now - alert.eventTime().toEpochMilli());
        }
    }
}
