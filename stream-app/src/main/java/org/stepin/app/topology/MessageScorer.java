package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.stepin.app.decide.ScoredMessage;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.observe.PipelineListener;
import org.stepin.core.Assessment;
import org.stepin.core.Assessor;

/**
 * Scores each consented message in its direction with the application's {@link Assessor} (the fast tier, with the
 * deep tier behind it when that is on). The fast-tier timer gets the time spent outside deeper tiers; a deeper
 * tier's own time reaches its timer through its listener.
 */
final class MessageScorer extends ContextualProcessor<String, GatedMessage, String, ScoredMessage> {
    private final Assessor assessor;
    private final PipelineListener listener;

    MessageScorer(Assessor assessor, PipelineListener listener) {
        this.assessor = requireNonNull(assessor, "assessor");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void process(Record<String, GatedMessage> record) {
        GatedMessage gated = record.value();
        MessageEvent event = gated.event();
        long start = System.nanoTime();
        Assessor.Timed scored = assessor.assessTimed(event.text(), event.direction());
        Assessment assessment = scored.assessment();
        listener.messageScored(event.direction(), assessment.severity(),
                Math.max(0, System.nanoTime() - start - scored.deeperTierNanos()));
        context().forward(record.withValue(new ScoredMessage(event, assessment, gated.caseworker())));
    }
}
