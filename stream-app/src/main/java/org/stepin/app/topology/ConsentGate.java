package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.InvalidEventException;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.event.StoredConsent;
import org.stepin.app.observe.BlockReason;
import org.stepin.app.observe.PipelineListener;

/**
 * First stop of every parsed message: drops it, counted by reason, unless {@link ConsentCheck} allows it. A
 * dropped message's text goes nowhere: it is neither stored nor forwarded. A key that differs from the message's
 * youth id is a contract violation (the consent looked up would be someone else's) and goes to dead letters.
 */
final class ConsentGate extends ContextualProcessor<String, MessageEvent, String, GatedMessage> {
    private final ConsentCheck check;
    private final PipelineListener listener;
    private KeyValueStore<String, StoredConsent> consents;

    ConsentGate(ConsentCheck check, PipelineListener listener) {
        this.check = requireNonNull(check, "check");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void init(ProcessorContext<String, GatedMessage> context) {
        super.init(context);
        consents = context.getStateStore(NodeNames.CONSENT_STORE);
    }

    @Override
    public void process(Record<String, MessageEvent> record) {
        MessageEvent event = record.value();
        if (!record.key().equals(event.youthId())) {
            throw new InvalidEventException(ErrorKind.KEY_MISMATCH, "record key differs from youthId");
        }
        listener.messageReceived(event.direction());
        StoredConsent stored = consents.get(record.key());
        BlockReason reason = check.blockReason(event, stored);
        if (reason != null) {
            listener.messageBlocked(reason);
            return;
        }
        context().forward(record.withValue(new GatedMessage(event, stored.consent().assignedCaseworker())));
    }
}
