package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.stepin.core.Assessment;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.FastTierResult;
import org.stepin.core.context.MarkedMatch;

/**
 * The deep tier: the fast tier first, then, only for the messages the {@link DeepGate} finds uncertain, a
 * dependency parse ({@link CoreNlpParser}) read by the {@link DeepReviewer}. Parsers come from a bounded pool of
 * {@link DeepSettings#pipelines()}, loaded on first need or by {@link #warmUp()}; a message that finds none free
 * within {@link DeepSettings#maxWait()}, or arrives while the tier is off, or meets a parser failure keeps the
 * fast tier's assessment, and the {@link DeepListener} is told. Thread-safe.
 */
public final class DeepTier implements Assessor {
    /** The version of the deep tier's rules and parser. */
    public static final String VERSION = "deep-1+corenlp-4.5.10-depparse";

    private final Detector detector;
    private final DeepSettings settings;
    private final DeepGate gate;
    private final DeepReviewer reviewer;
    private final BoundedPool<DependencyParser> pool;
    private final DeepListener listener;
    private final LongSupplier ticker;

    DeepTier(Detector detector, DeepSettings settings, DeepListener listener, Supplier<DependencyParser> parsers,
             LongSupplier ticker) {
        this.detector = requireNonNull(detector, "detector");
        this.settings = requireNonNull(settings, "settings");
        this.listener = requireNonNull(listener, "listener");
        this.ticker = requireNonNull(ticker, "ticker");
        this.gate = new DeepGate(detector);
        this.reviewer = new DeepReviewer(detector, modelVersion(detector));
        this.pool = new BoundedPool<>(parsers, settings.pipelines());
    }

    /** A deep tier over {@code detector} with CoreNLP parsers; nothing is loaded until needed. */
    public static DeepTier create(Detector detector, DeepSettings settings, DeepListener listener) {
        return new DeepTier(detector, settings, listener, CoreNlpParser::load, System::nanoTime);
    }

    /** The model version of an assessment the deep tier reviewed: the detector's, then this tier's. */
    public static String modelVersion(Detector detector) {
        return detector.modelVersion() + "+" + VERSION;
    }

    /** The settings in force. */
    public DeepSettings settings() {
        return settings;
    }

    /** The detector whose fast tier runs first. */
    public Detector detector() {
        return detector;
    }

    /**
     * How many parser pipelines are loaded (or loading): 0 until the first message sent deep or {@link #warmUp()},
     * and always 0 while the tier is off, so an application can show that nothing of CoreNLP was loaded.
     */
    public int pipelinesLoaded() {
        return pool.created();
    }

    /** Loads one parser now (seconds), so the first uncertain message does not wait for it. No-op when off. */
    public void warmUp() {
        if (!settings.enabled()) {
            return;
        }
        try {
            DependencyParser parser = pool.borrow(Duration.ZERO);
            if (parser != null) {
                pool.release(parser);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Assesses a message: the fast tier, then, when the tier is on and the message is a young person's, the deep
     * tier where the gate sends it. Never throws on any string.
     */
    @Override
    public Assessment assess(String text, Direction direction) {
        return assessTimed(text, direction).assessment();
    }

    /** Like {@link #assess}, with the time the deep tier spent on the message. */
    @Override
    public Timed assessTimed(String text, Direction direction) {
        requireNonNull(text, "text");
        requireNonNull(direction, "direction");
        if (!settings.enabled() || direction != Direction.INBOUND) {
            return new Timed(detector.assess(text, direction), 0);
        }
        DeepOutcome outcome = outcome(text, direction);
        return new Timed(outcome.assessment(), outcome.nanos());
    }

    /**
     * What the deep tier did with a message: the fast tier, then the deep tier where the gate sends it (a message
     * the gate sends while the tier is off is {@link DeepStatus#SKIPPED_OFF}). Never throws on any string.
     */
    public DeepOutcome outcome(String text, Direction direction) {
        requireNonNull(text, "text");
        return review(detector.assessTraced(detector.lexicon().analyzer().analyze(text), direction));
    }

    /** The deep tier's verdict on a fast-tier result from this tier's {@link #detector()}. */
    public DeepOutcome review(FastTierResult fast) {
        requireNonNull(fast, "fast");
        Assessment assessment = fast.assessment();
        List<MarkedMatch> candidates = gate.candidates(fast);
        if (candidates.isEmpty()) {
            return new DeepOutcome(assessment, DeepStatus.NOT_SENT, 0);
        }
        if (!settings.enabled()) {
            return told(assessment, DeepStatus.SKIPPED_OFF, 0);
        }
        long start = ticker.getAsLong();
        DependencyParser parser;
        try {
            parser = pool.borrow(settings.maxWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return told(assessment, DeepStatus.SKIPPED_BUSY, ticker.getAsLong() - start);
        } catch (IllegalStateException e) {
            return told(assessment, DeepStatus.FAILED, ticker.getAsLong() - start);
        }
        if (parser == null) {
            return told(assessment, DeepStatus.SKIPPED_BUSY, ticker.getAsLong() - start);
        }
        DependencyGraph graph;
        try {
            graph = parser.parse(fast.text(), candidates.stream().map(MarkedMatch::match).toList());
        } catch (RuntimeException e) {
            return told(assessment, DeepStatus.FAILED, ticker.getAsLong() - start);
        } finally {
            pool.release(parser);
        }
        DeepReviewer.Result result = reviewer.review(fast, candidates, graph);
        return told(result.assessment(), result.adjusted() ? DeepStatus.ADJUSTED : DeepStatus.CONFIRMED,
                ticker.getAsLong() - start);
    }

    private DeepOutcome told(Assessment assessment, DeepStatus status, long nanos) {
        long spent = Math.max(0, nanos);
        listener.reviewed(status, spent);
        return new DeepOutcome(assessment, status, spent);
    }
}
