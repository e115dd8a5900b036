package org.stepin.core.combine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;
import org.stepin.core.score.Thousandths;

/**
 * Applies a {@link CombinerModel} to one message. Per combined category: the MODERATE model's probability
 * past its cut makes it MODERATE, the HIGH model's past its cut makes it HIGH; then the guard rails, kept
 * as rules because safety is not learnt from 3,000 messages:
 * <ul>
 *   <li>the classifier never raises a category the lexicon found nothing for: on text unlike the seed
 *       corpus (measured on public Reddit data) it is confidently wrong too often to alert alone;</li>
 *   <li>it raises a category only when the classifier itself finds it more likely than not
 *       ({@value #RAISE_MIN_PROBABILITY}), so lexicon evidence alone never talks itself up;</li>
 *   <li>it never raises a category whose evidence a context mark softened (negated, figurative, past,
 *       hypothetical, gaming, academic): those marks are the analysts' decisions, which the classifier
 *       does not see;</li>
 *   <li>it never raises a category whose only evidence is topic words ("suicide", "self harm", "drugs"):
 *       advice and opinion use them as often as disclosure, and the classifier reads the word, not the
 *       stance;</li>
 *   <li>it never lowers HIGH: a message the lexicon finds urgent reaches on-call whatever the
 *       classifier says;</li>
 *   <li>otherwise it moves a category at most one level up or down from the rules tier's;</li>
 *   <li>IMMINENT is decided by the rules alone (own-voice intent plus a plan, means, time or place) and
 *       is untouched here.</li>
 * </ul>
 * The combined score of a category is placed on the {@link SeverityPolicy}'s scale, between the thresholds
 * of its level, so every consumer of scores (routing, explain) reads the same severity. Categories the
 * model does not combine ({@code boundary}) keep their rules score. Immutable and thread-safe.
 */
public final class Combiner {
    /** The classifier's own probability for a category must reach this for the combiner to raise it. */
    public static final double RAISE_MIN_PROBABILITY = 0.5;

    private static final Category[] CATEGORIES = Category.values();
    private static final Severity[] LEVELS = Severity.values();

    private final CombinerModel model;
    private final SeverityPolicy policy;
    /** The model's MODERATE and HIGH models by category ordinal, null where it has none: looked up once. */
    private final LogisticModel[] moderateModels = new LogisticModel[CATEGORIES.length];
    private final LogisticModel[] highModels = new LogisticModel[CATEGORIES.length];

    /** A combiner applying {@code model} with {@code policy}'s thresholds. */
    public Combiner(CombinerModel model, SeverityPolicy policy) {
        this.model = requireNonNull(model, "model");
        this.policy = requireNonNull(policy, "policy");
        for (Category category : CATEGORIES) {
            moderateModels[category.ordinal()] = model.moderate(category).orElse(null);
            highModels[category.ordinal()] = model.high(category).orElse(null);
        }
    }

    /** The model applied. */
    public CombinerModel model() {
        return model;
    }

    /**
     * Combines the rules tier's scores with the classifier's probabilities.
     *
     * @param rulesScores the rules tier's category scores
     * @param probabilities the classifier's probabilities for the same message
     * @param scored the categories this message is scored for (by direction)
     * @param keptAtRulesLevel the categories it may not raise: evidence a context mark softened, or topic
     *     words only
     */
    public Combination combine(Map<Category, Double> rulesScores, Probabilities probabilities, Set<Category> scored,
                               Set<Category> keptAtRulesLevel) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        List<Combination.Change> changes = new ArrayList<>();
        Severity overall = Severity.NONE;
        for (Category category : CATEGORIES) {
            if (!scored.contains(category)) {
                continue;
            }
            double rules = rulesScores.getOrDefault(category, 0.0);
            Severity rulesLevel = policy.severity(category, rules);
            LogisticModel moderate = moderateModels[category.ordinal()];
            LogisticModel high = highModels[category.ordinal()];
            Severity level = rulesLevel;
            double score = rules;
            if (moderate != null) {
                double p = probabilities.of(category);
                double[] features = CombinerFeatures.of(rules, p);
                double moderateP = moderate.probability(features);
                double highP = high != null ? high.probability(features) : 0.0;
                level = guarded(learnedLevel(category, moderateP, highP), rulesLevel,
                        rules > 0 && !keptAtRulesLevel.contains(category) && p >= RAISE_MIN_PROBABILITY);
                score = placed(category, level, moderateP, highP);
                if (level != rulesLevel) {
                    changes.add(new Combination.Change(category, p, rulesLevel, level));
                }
            }
            if (rules > 0 || level.atLeast(Severity.LOW)) {
                scores.put(category, score);
            }
            overall = level.compareTo(overall) > 0 ? level : overall;
        }
        return new Combination(scores, overall, changes);
    }

    private Severity learnedLevel(Category category, double moderateP, double highP) {
        if (highModels[category.ordinal()] != null && highP >= model.highCut()
                && policy.thresholds(category).high() <= 1) {
            return Severity.HIGH;
        }
        if (moderateP >= model.moderateCut()) {
            return Severity.MODERATE;
        }
        return moderateP >= model.moderateCut() * lowShare(category) ? Severity.LOW : Severity.NONE;
    }

    private static Severity guarded(Severity learned, Severity rulesLevel, boolean mayRaise) {
        Severity floor = rulesLevel.atLeast(Severity.HIGH) ? rulesLevel
                : LEVELS[Math.max(0, rulesLevel.ordinal() - 1)];
        Severity ceiling = mayRaise ? LEVELS[Math.min(Severity.HIGH.ordinal(),
                rulesLevel.ordinal() + 1)] : rulesLevel;
        if (learned.compareTo(ceiling) > 0) {
            return ceiling;
        }
        return learned.compareTo(floor) < 0 ? floor : learned;
    }

    /** The score inside {@code level}'s band of the policy, placed by the model's probability. */
    private double placed(Category category, Severity level, double moderateP, double highP) {
        SeverityPolicy.Thresholds t = policy.thresholds(category);
        double top = Math.min(t.high(), 1.0);
        double score;
        switch (level) {
            case HIGH:
                score = t.high() + (1.0 - t.high()) * share(highP, model.highCut());
                break;
            case MODERATE:
                score = t.moderate() + (top - t.moderate()) * 0.99 * share(moderateP, model.moderateCut());
                break;
            case LOW:
                score = t.low() + (t.moderate() - t.low()) * 0.99 * Math.min(1.0, moderateP / model.moderateCut());
                break;
            default:
                score = t.low() * 0.99 * Math.min(1.0, moderateP / (model.moderateCut() * lowShare(category)));
        }
        double rounded = Thousandths.round(score);
        return policy.severity(category, rounded) == level ? rounded : score;
    }

    private double lowShare(Category category) {
        SeverityPolicy.Thresholds t = policy.thresholds(category);
        return t.low() / t.moderate();
    }

    private static double share(double p, double cut) {
        return Math.max(0.0, Math.min(1.0, (p - cut) / (1.0 - cut)));
    }
}
