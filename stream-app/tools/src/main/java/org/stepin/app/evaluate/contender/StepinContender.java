package org.stepin.app.evaluate.contender;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.stepin.core.Assessment;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
import org.stepin.core.Evidence;
import org.stepin.core.deep.DeepCounters;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.deep.DeepStatus;
import org.stepin.core.deep.DeepTier;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;

/**
 * stepin's detector as a contender: the fast tier alone, or with the deep tier behind it. Risk score = severity
 * ordinal (0-4) + the highest category score (0-1), so it orders by severity first and by score within a
 * severity; alert = MODERATE or above. With a focus (e.g. harassment), severity and score are those of the
 * focused categories only, by the detector's own {@link SeverityPolicy}. With the deep tier, its notes say
 * how many texts went deep and how long the parser took. Thread-safe.
 */
public final class StepinContender implements Contender {
    private final String name;
    private final Assessor assessor;
    /** True when the deep tier is behind the fast one, so the notes report what it did. */
    private final boolean deep;
    private final DeepCounters counters = new DeepCounters();
    private final LongAdder scored = new LongAdder();
    private final AtomicLong loadNanos = new AtomicLong();
    private final SeverityPolicy policy = SeverityPolicy.defaults();

    /** A contender named {@code name} over {@code detector}'s fast tier. */
    public StepinContender(String name, Detector detector) {
        this.name = requireNonNull(name, "name");
        this.assessor = requireNonNull(detector, "detector");
        this.deep = false;
    }

    /**
     * A contender named {@code name} over {@code detector} with the deep tier in {@code settings} behind it, its
     * parser loaded now (seconds) so that load time is reported apart from parse time.
     */
    public StepinContender(String name, Detector detector, DeepSettings settings) {
        this.name = requireNonNull(name, "name");
        DeepTier tier = DeepTier.create(requireNonNull(detector, "detector"), settings, counters);
        long start = System.nanoTime();
        tier.warmUp();
        loadNanos.set(System.nanoTime() - start);
        this.assessor = tier;
        this.deep = true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String rule() {
        return "risk = severity ordinal (NONE 0 .. IMMINENT 4) + highest category score; alert at >= MODERATE";
    }

    @Override
    public Risk score(Message message) {
        scored.increment();
        Assessment assessment = assessor.assess(message.text(), message.direction());
        Severity severity = assessment.severity();
        Category top = null;
        double topScore = 0;
        for (Map.Entry<Category, Double> entry : assessment.scores().entrySet()) {
            boolean inFocus = message.focus().isEmpty() || message.focus().contains(entry.getKey());
            if (inFocus && (entry.getValue() > topScore
                    || entry.getValue() == topScore && top != null && entry.getKey().compareTo(top) < 0)) {
                top = entry.getKey();
                topScore = entry.getValue();
            }
        }
        if (!message.focus().isEmpty()) {
            severity = Severity.NONE;
            for (Category category : message.focus()) {
                Severity own = policy.severity(category, assessment.score(category));
                severity = own.compareTo(severity) > 0 ? own : severity;
            }
        }
        List<String> evidence = new ArrayList<>();
        for (Evidence item : assessment.evidence()) {
            if (message.focus().isEmpty() || message.focus().contains(item.category())) {
                evidence.add(item.words(message.text()) + " (" + item.category().id()
                        + (item.marks().isEmpty() ? "" : ", " + item.marks().get(0).id()) + ")");
            }
        }
        return new Risk(severity.ordinal() + topScore, severity.atLeast(Severity.MODERATE), Optional.of(severity),
                Optional.ofNullable(top), evidence, assessment.truncated());
    }

    @Override
    public List<String> drainNotes() {
        long texts = scored.sumThenReset();
        if (!deep || texts == 0) {
            return List.of();
        }
        long sent = counters.sent();
        String note = String.format(Locale.ROOT, "%s: %,d of %,d texts sent deep (%.2f%%): %,d adjusted, %,d confirmed,"
                + " %,d skipped busy, %,d failed; %.1f s in the deep tier (%.1f ms a text sent)", name, sent, texts,
                100.0 * sent / texts, counters.count(DeepStatus.ADJUSTED), counters.count(DeepStatus.CONFIRMED),
                counters.count(DeepStatus.SKIPPED_BUSY), counters.count(DeepStatus.FAILED), counters.nanos() / 1e9,
                sent == 0 ? 0.0 : counters.nanos() / 1e6 / sent);
        long load = loadNanos.getAndSet(0);
        if (load > 0) {
            note += String.format(Locale.ROOT, "; parser loaded in %.1f s before this data set", load / 1e9);
        }
        counters.reset();
        return List.of(note);
    }
}
