package org.stepin.core.combine;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.score.ScoreResult;
import org.stepin.core.score.ScoredMatch;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;
import org.stepin.core.score.TwoDecimals;
import org.stepin.core.text.AnalyzedText;

/**
 * The learned tier of a young person's message: the classifier's probabilities, combined with the rules tier's
 * result by the {@link Combiner}. It decides which categories the classifier may not raise and why the combined
 * severity is what it is; IMMINENT stays the rules' alone. Immutable and thread-safe.
 */
public final class LearnedTier {
    private final Classifier classifier;
    private final Combiner combiner;
    private final SeverityPolicy severities;

    /** The tier applying {@code model} to {@code classifier}'s probabilities, on {@code severities}' scale. */
    public LearnedTier(Classifier classifier, CombinerModel model, SeverityPolicy severities) {
        this.classifier = requireNonNull(classifier, "classifier");
        this.severities = requireNonNull(severities, "severities");
        this.combiner = new Combiner(requireNonNull(model, "model"), severities);
    }

    /** The classifier's version, which its evidence names. */
    public String classifierVersion() {
        return classifier.version();
    }

    /** The version of the classifier and the combiner together. */
    public String version() {
        return classifier.version() + "+" + combiner.model().version();
    }

    /**
     * The rules tier's {@code rules} result for {@code analyzed}, combined with the classifier; empty when the
     * classifier can change nothing, so it is not run: the rules found IMMINENT, or no category at all (it never
     * raises a category the lexicon found nothing for).
     *
     * @param analyzed the message, analysed with the lexicon's analyzer
     * @param rules the rules tier's result
     * @param scored the categories the message is scored for (by direction)
     */
    public Optional<Combined> combine(AnalyzedText analyzed, ScoreResult rules, Set<Category> scored) {
        requireNonNull(analyzed, "analyzed");
        requireNonNull(rules, "rules");
        if (rules.severity() == Severity.IMMINENT || rules.scores().isEmpty()) {
            return Optional.empty();
        }
        Probabilities probabilities = classifier.probabilities(analyzed);
        Combination combination = combiner.combine(rules.scores(), probabilities, scored, keptAtRulesLevel(rules));
        String reason = combination.changes().isEmpty() && combination.severity() == rules.severity()
                ? rules.reason() : reason(combination, rules, probabilities);
        return Optional.of(new Combined(combination, reason));
    }

    /**
     * The combined verdict on one message and why. Immutable.
     *
     * @param combination the combiner's scores, severity and the levels the classifier moved
     * @param reason why this severity, in one sentence: the rules' own when the classifier moved nothing
     */
    public record Combined(Combination combination, String reason) {
        /** Checks both are there. */
        public Combined {
            requireNonNull(combination, "combination");
            requireNonNull(reason, "reason");
        }
    }

    /**
     * The categories the classifier may not raise: those with evidence a context mark softened, and those whose
     * only evidence is topic words ("suicide is never the answer" is advice, whatever the classifier makes of
     * the word).
     */
    static Set<Category> keptAtRulesLevel(ScoreResult result) {
        Set<Category> kept = EnumSet.noneOf(Category.class);
        Set<Category> beyondTopic = EnumSet.noneOf(Category.class);
        for (ScoredMatch scored : result.evidence()) {
            if (scored.weight() < scored.match().entry().weight()) {
                kept.add(scored.category());
                kept.add(scored.lexiconCategory());
            }
            if (!scored.match().entry().has(Tag.TOPIC)) {
                beyondTopic.add(scored.category());
            }
        }
        for (Category category : result.scores().keySet()) {
            if (!beyondTopic.contains(category)) {
                kept.add(category);
            }
        }
        return kept;
    }

    private String reason(Combination combination, ScoreResult rules, Probabilities probabilities) {
        // in Category order, so a tie names the same category in every JVM
        Category worst = null;
        for (Category category : Category.values()) {
            Double score = combination.scores().get(category);
            if (score != null && severities.severity(category, score) == combination.severity()
                    && (worst == null || score > combination.scores().get(worst))) {
                worst = category;
            }
        }
        if (worst == null) {
            return "NONE: lexicon and classifier below thresholds";
        }
        return combination.severity() + ": " + worst.id() + " combined "
                + TwoDecimals.format(combination.scores().get(worst)) + " (lexicon "
                + TwoDecimals.format(rules.scores().getOrDefault(worst, 0.0)) + ", classifier "
                + TwoDecimals.format(probabilities.of(worst)) + ")";
    }
}
