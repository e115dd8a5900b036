package org.stepin.core.score;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.stepin.core.lexicon.Category;

/**
 * Score thresholds that turn a category score into a severity. A category's score is the noisy-OR
 * of its evidence weights ({@code 1 - prod(1 - w)}), so one strong phrase or several weak ones can
 * reach a threshold. Defaults, chosen with the golden cases and documented in the lexicon README:
 * LOW from 0.10 everywhere; MODERATE from 0.35 for suicidal ideation, self-harm and abuse and 0.40
 * elsewhere; HIGH from 0.60 for suicidal ideation and self-harm, 0.70 for abuse, 0.80 for worker
 * harassment, 0.85 for bullying, substance and peer concern; hopelessness and boundary never reach
 * HIGH on their own. Immutable.
 */
public final class SeverityPolicy {
    /** Minimum own-voice weight of an intent phrase for IMMINENT. */
    public static final double IMMINENT_MIN_WEIGHT = 0.6;
    private static final double NEVER = 2.0;

    /** Every category's thresholds; an enum map (an array read per look-up), never modified after construction. */
    private final Map<Category, Thresholds> thresholds;

    /**
     * The thresholds of one category.
     *
     * @param low score from which it is LOW
     * @param moderate score from which it is MODERATE
     * @param high score from which it is HIGH (above 1 for never)
     */
    public record Thresholds(double low, double moderate, double high) {
        public Thresholds {
            if (!(0 < low && low <= moderate && moderate <= high)) {
                throw new IllegalArgumentException("thresholds must rise: " + low + ", " + moderate + ", " + high);
            }
        }
    }

    private SeverityPolicy(Map<Category, Thresholds> thresholds) {
        for (Category category : Category.values()) {
            requireNonNull(thresholds.get(category), "thresholds for " + category.id());
        }
        this.thresholds = new EnumMap<>(Map.copyOf(thresholds));
    }

    /** The default thresholds described above. */
    public static SeverityPolicy defaults() {
        Map<Category, Thresholds> table = new EnumMap<>(Category.class);
        table.put(Category.SUICIDAL_IDEATION, new Thresholds(0.10, 0.35, 0.60));
        table.put(Category.SELF_HARM, new Thresholds(0.10, 0.35, 0.60));
        table.put(Category.ABUSE, new Thresholds(0.10, 0.35, 0.70));
        table.put(Category.BULLYING, new Thresholds(0.10, 0.40, 0.85));
        table.put(Category.SUBSTANCE, new Thresholds(0.10, 0.40, 0.85));
        table.put(Category.HOPELESSNESS, new Thresholds(0.10, 0.40, NEVER));
        table.put(Category.PEER_CONCERN, new Thresholds(0.10, 0.40, 0.85));
        table.put(Category.WORKER_HARASSMENT, new Thresholds(0.10, 0.40, 0.80));
        table.put(Category.BOUNDARY, new Thresholds(0.10, 0.40, NEVER));
        return new SeverityPolicy(table);
    }

    /** The thresholds of {@code category}. */
    public Thresholds thresholds(Category category) {
        return thresholds.get(category);
    }

    /** The severity a score of {@code category} reaches on its own (never IMMINENT). */
    public Severity severity(Category category, double score) {
        Thresholds t = thresholds.get(category);
        if (score >= t.high()) {
            return Severity.HIGH;
        }
        if (score >= t.moderate()) {
            return Severity.MODERATE;
        }
        return score >= t.low() ? Severity.LOW : Severity.NONE;
    }

    /**
     * The severity of a message counting only {@code categories}: IMMINENT when the message is ({@code overall})
     * and one of them scored (only own-voice risk categories can make a message IMMINENT), otherwise the highest
     * severity any of them reaches on its own thresholds. Routes a message's categories apart, e.g. harassment
     * of a worker to a supervisor and the young person's own risk to on-call.
     *
     * @param overall the message's severity
     * @param scores the message's scores by category
     * @param categories the categories to count
     */
    public Severity severityAmong(Severity overall, Map<Category, Double> scores, Set<Category> categories) {
        requireNonNull(overall, "overall");
        Severity severity = Severity.NONE;
        for (Category category : categories) {
            double score = scores.getOrDefault(category, 0.0);
            if (score <= 0) {
                continue;
            }
            if (overall == Severity.IMMINENT && Scorer.CAN_BE_IMMINENT.contains(category)) {
                return Severity.IMMINENT;
            }
            Severity level = severity(category, score);
            if (level.compareTo(severity) > 0) {
                severity = level;
            }
        }
        return severity;
    }
}
