package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.stepin.app.decide.ScoredMessage;
import org.stepin.app.observe.PipelineListener;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;

/** Scores each consented message with the detector, in its direction (OUTBOUND: the boundary guard only). */
final class MessageScorer extends ContextualProcessor<String, GatedMessage, String, ScoredMessage> {
    private final Detector detector;
    private final PipelineListener listener;

    MessageScorer(Detector detector, PipelineListener listener) {
        this.detector = requireNonNull(detector, "detector");
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void process(Record<String, GatedMessage> record) {
        GatedMessage gated = record.value();
        long start = System.nanoTime();
        Assessment assessment = detector.assess(gated.event().text(), gated.event().direction());
        listener.messageScored(gated.event().direction(), assessment.severity(), System.nanoTime() - start);
        context().forward(record.withValue(new ScoredMessage(gated.event(), assessment, gated.caseworker())));
    }
}
