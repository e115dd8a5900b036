package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stepin.app.config.TrajectorySettings;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * A youth's signals over time. Keeps signals for a window and up to a cap (so stored state stays small whatever
 * the message volume), merges a burst of messages into one signal at its strongest, and adds signals up with
 * exponential decay: each weighs LOW 0.25, MODERATE 1, HIGH 2, IMMINENT 4, halved every half-life. With the
 * defaults, MODERATE signals on three days in a row reach HIGH (2.42 against 2.25); one conversation, however
 * many messages, never does on its own. Thread-safe.
 */
public final class Trajectory {
    private final TrajectorySettings settings;

    /** A trajectory with {@code settings}. */
    public Trajectory(TrajectorySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * {@code signals} with {@code added} (if not null), without those older than the window at {@code now}, and
     * at most the cap's newest; oldest first.
     */
    public List<Signal> retain(List<Signal> signals, Signal added, long now) {
        long oldest = now - settings.window().toMillis();
        List<Signal> kept = new ArrayList<>(signals.size() + 1);
        for (Signal signal : signals) {
            if (signal.at() > oldest) {
                kept.add(signal);
            }
        }
        kept.sort(Comparator.comparingLong(Signal::at));
        if (added != null) {
            Signal last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            long gap = last == null ? Long.MAX_VALUE : added.at() - last.at();
            if (gap >= 0 && gap < settings.burst().toMillis()) {
                kept.set(kept.size() - 1, merge(last, added));
            } else {
                kept.add(added);
                kept.sort(Comparator.comparingLong(Signal::at));
            }
        }
        int excess = kept.size() - settings.maxEntries();
        return excess > 0 ? List.copyOf(kept.subList(excess, kept.size())) : List.copyOf(kept);
    }

    /** Where {@code signals} add up to at {@code now}; signals after {@code now} count as fresh. */
    public TrajectoryLevel level(List<Signal> signals, long now) {
        double halfLife = settings.halfLife().toMillis();
        double score = 0;
        List<Signal> contributing = new ArrayList<>();
        for (Signal signal : signals) {
            double weight = weight(signal.severity());
            if (weight == 0 || signal.at() <= now - settings.window().toMillis()) {
                continue;
            }
            long age = Math.max(0, now - signal.at());
            score += weight * Math.pow(0.5, age / halfLife);
            contributing.add(signal);
        }
        Severity severity = score >= settings.highAt() ? Severity.HIGH
                : score >= settings.moderateAt() ? Severity.MODERATE : Severity.NONE;
        return new TrajectoryLevel(score, severity, contributing);
    }

    /** One signal for a burst: the later time, the higher severity (and its event), both categories. */
    private static Signal merge(Signal earlier, Signal later) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        categories.addAll(earlier.categories());
        categories.addAll(later.categories());
        Signal stronger = earlier.severity().compareTo(later.severity()) > 0 ? earlier : later;
        return new Signal(later.at(), stronger.severity(), categories, stronger.eventId());
    }

    private static double weight(Severity severity) {
        return switch (severity) {
            case NONE -> 0;
            case LOW -> 0.25;
            case MODERATE -> 1;
            case HIGH -> 2;
            case IMMINENT -> 4;
        };
    }
}
