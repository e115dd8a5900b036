package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.stepin.app.decide.ScoredMessage;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.observe.PipelineListener;
import org.stepin.core.Assessment;
import org.stepin.core.Direction;
import org.stepin.core.deep.DeepOutcome;
import org.stepin.core.deep.DeepTier;

/**
 * Scores each consented message in its direction. Inbound messages go through the deep tier when it is on (the
 * fast tier first, a parse only where its gate sends it; busy, failed or off keeps the fast tier's assessment);
 * otherwise, and always for OUTBOUND (the boundary guard only), the fast tier alone. The fast-tier timer gets the
 * time spent outside the deep tier; the deep tier's own time reaches the deep timer through its listener.
 */
final class MessageScorer extends ContextualProcessor<String, GatedMessage, String, ScoredMessage> {
    private final DeepTier deep;
    private final PipelineListener listener;

    MessageScorer(DeepTier deep, PipelineListener listener) {
        this.deep = requireNonNull(deep, "deep");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void process(Record<String, GatedMessage> record) {
        GatedMessage gated = record.value();
        MessageEvent event = gated.event();
        long start = System.nanoTime();
        long deepNanos = 0;
        Assessment assessment;
        if (deep.settings().enabled() && event.direction() == Direction.INBOUND) {
            DeepOutcome outcome = deep.assess(event.text(), event.direction());
            assessment = outcome.assessment();
            deepNanos = outcome.nanos();
        } else {
            assessment = deep.detector().assess(event.text(), event.direction());
        }
        listener.messageScored(event.direction(), assessment.severity(),
                Math.max(0, System.nanoTime() - start - deepNanos));
        context().forward(record.withValue(new ScoredMessage(event, assessment, gated.caseworker())));
    }
}
