package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.decide.Lane;
import org.stepin.app.decide.OpenAlert;
import org.stepin.app.decide.YouthState;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.AlertAction;
import org.stepin.app.observe.PipelineListener;

/**
 * Applies a worker's action to the youth's open alert: ACK keeps it open (repeats stay suppressed), CLOSE clears
 * it (the next signal alerts afresh). An action on an alert that is not open (closed, superseded, or revoked
 * with the youth's state) changes nothing and is counted as unmatched.
 */
final class AlertActionApplier extends ContextualProcessor<String, AlertAction, Void, Void> {
    private final PipelineListener listener;
    private KeyValueStore<String, YouthState> states;

    AlertActionApplier(PipelineListener listener) {
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        states = context.getStateStore(NodeNames.YOUTH_STATE_STORE);
    }

    @Override
    public void process(Record<String, AlertAction> record) {
        AlertAction action = record.value();
        YouthState state = states.get(record.key());
        Lane lane = state == null ? null : laneOf(state, action.alertId());
        listener.alertAction(action.action(), action.outcome(), lane != null);
        if (lane == null) {
            return;
        }
        OpenAlert open = state.openAlert(lane);
        YouthState next = state.withOpenAlert(lane, action.action() == ActionKind.CLOSE ? null : open.acknowledge());
        if (action.action() == ActionKind.CLOSE) {
            listener.alertClosed(open.alertId());
        } else {
            listener.alertAcknowledged(open.alertId());
        }
        if (next.isEmpty()) {
            states.delete(record.key());
        } else {
            states.put(record.key(), next);
        }
    }

    private static Lane laneOf(YouthState state, String alertId) {
        for (Lane lane : Lane.values()) {
            OpenAlert open = state.openAlert(lane);
            if (open != null && open.alertId().equals(alertId)) {
                return lane;
            }
        }
        return null;
    }
}
