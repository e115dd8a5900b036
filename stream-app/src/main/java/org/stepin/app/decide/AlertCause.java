package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stepin.app.event.AlertTrigger;
import org.stepin.core.Assessment;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * Why an alert is raised: one message, or the youth's trajectory of signals. Immutable.
 *
 * @param trigger a message or the trajectory
 * @param categories the categories, most severe first (a message's by score; a trajectory's newest signal first)
 * @param eventIds the events behind it
 * @param reason one sentence for the worker
 */
record AlertCause(AlertTrigger trigger, List<Category> categories, List<String> eventIds, String reason) {

    AlertCause {
        requireNonNull(trigger, "trigger");
        requireNonNull(reason, "reason");
        categories = List.copyOf(categories);
        eventIds = List.copyOf(eventIds);
    }

    /** One message's assessment, counting {@code lane}'s categories. */
    static AlertCause ofMessage(Assessment assessment, Lane lane, String eventId) {
        List<Map.Entry<Category, Double>> scored = new ArrayList<>(scoredCategories(assessment, lane).entrySet());
        scored.sort(Map.Entry.<Category, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return new AlertCause(AlertTrigger.MESSAGE, scored.stream().map(Map.Entry::getKey).toList(),
                List.of(eventId), assessment.reason());
    }

    /** The trajectory {@code level}, which raised the lane to {@code severity}. */
    static AlertCause ofTrajectory(TrajectoryLevel level, Severity severity) {
        List<Signal> signals = level.contributing();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (int i = signals.size() - 1; i >= 0; i--) {
            categories.addAll(signals.get(i).categories());
        }
        Set<String> ids = new LinkedHashSet<>();
        signals.forEach(signal -> ids.add(signal.eventId()));
        Duration span = Duration.ofMillis(signals.get(signals.size() - 1).at() - signals.get(0).at());
        String reason = String.format(Locale.ROOT, "%s: trajectory of %d signals over %.1f days, decayed sum %.2f",
                severity, signals.size(), span.toMinutes() / 1440.0, level.score());
        return new AlertCause(AlertTrigger.TRAJECTORY, List.copyOf(categories), List.copyOf(ids), reason);
    }

    /** The positive scores of {@code assessment} in {@code lane}'s categories. */
    static Map<Category, Double> scoredCategories(Assessment assessment, Lane lane) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        assessment.scores().forEach((category, score) -> {
            if (lane.categories().contains(category) && score > 0) {
                scores.put(category, score);
            }
        });
        return scores;
    }
}
