package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.combine.Combination;
import org.stepin.core.combine.Combiner;
import org.stepin.core.combine.CombinerModel;
import org.stepin.core.context.ContextAnalyzer;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.context.MessageContext;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.match.OverlapFilter;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.match.PhraseMatcher;
import org.stepin.core.privacy.AgencyDetails;
import org.stepin.core.privacy.PersonalDetailScanner;
import org.stepin.core.score.MarkPolicy;
import org.stepin.core.score.ScoreResult;
import org.stepin.core.score.ScoredMatch;
import org.stepin.core.score.Severity;
import org.stepin.core.score.Scorer;
import org.stepin.core.score.SeverityPolicy;
import org.stepin.core.score.Thousandths;
import org.stepin.core.score.TwoDecimals;
import org.stepin.core.text.AnalyzedText;

/**
 * The fast tier: message text to {@link Assessment}. The whole chain, in order: analyse (normalise,
 * tokenise, join spaced letters, resolve elongations, expand slang, lemmatise), match every lexicon
 * list in one pass of a token trie, keep the most specific match per list, mark context on category
 * matches and risk cues, score; with a learned tier, combine the scores of a young person's message with
 * the classifier's probabilities ({@link Combiner}); for a worker's outbound message, add personal contact
 * details found by the boundary guard. Immutable and thread-safe: one instance serves every thread.
 */
public final class Detector {
    /** Version of the scoring model: the lexicon rules, the mark policy and the severity policy. */
    public static final String MODEL_VERSION = "rules-1";

    private final Lexicon lexicon;
    private final PhraseMatcher matcher;
    private final ContextAnalyzer context;
    private final Scorer scorer;
    private final SeverityPolicy severities;
    private final BoundaryGuard boundaryGuard;
    private final Optional<LearnedTier> learned;
    /** The lexicon's version as assessments show it, written once rather than per message. */
    private final String lexiconVersion;

    /** The classifier and the combiner fitted on its out-of-fold probabilities. */
    private record LearnedTier(Classifier classifier, Combiner combiner, String modelVersion) {
    }

    private Detector(Lexicon lexicon, ContextAnalyzer context, Scorer scorer, SeverityPolicy severities,
                     PersonalDetailScanner scanner, Optional<LearnedTier> learned) {
        this.lexicon = lexicon;
        this.learned = learned;
        this.lexiconVersion = lexicon.version().toString();
        this.matcher = new PhraseMatcher(lexicon.entries());
        this.context = context;
        this.scorer = scorer;
        this.severities = severities;
        this.boundaryGuard = new BoundaryGuard(scanner, severities);
    }

    /** The standard chain over {@code lexicon}. This is the one place that wires the stages. */
    public static Detector create(Lexicon lexicon) {
        requireNonNull(lexicon, "lexicon");
        SeverityPolicy severities = SeverityPolicy.defaults();
        return new Detector(lexicon, ContextAnalyzer.standard(), new Scorer(new MarkPolicy(), severities),
                severities, PersonalDetailScanner.create(), Optional.empty());
    }

    /**
     * A detector like this one that combines its rules scores with {@code classifier}'s probabilities through
     * {@code combiner} for young people's messages. Outbound messages stay with the rules and the boundary
     * guard.
     */
    public Detector withLearnedTier(Classifier classifier, CombinerModel combiner) {
        requireNonNull(classifier, "classifier");
        requireNonNull(combiner, "combiner");
        String version = MODEL_VERSION + "+" + classifier.version() + "+" + combiner.version();
        return new Detector(lexicon, context, scorer, severities, boundaryGuard.scanner(),
                Optional.of(new LearnedTier(classifier, new Combiner(combiner, severities), version)));
    }

    /** A detector like this one without the learned tier: the rules alone (for ablations and analysts). */
    public Detector rulesOnly() {
        return new Detector(lexicon, context, scorer, severities, boundaryGuard.scanner(), Optional.empty());
    }

    /** The thresholds that turn this detector's category scores into severities. */
    public SeverityPolicy severityPolicy() {
        return severities;
    }

    /** True when this detector combines the rules with the classifier. */
    public boolean hasLearnedTier() {
        return learned.isPresent();
    }

    /** The version of the scoring model that produces this detector's assessments. */
    public String modelVersion() {
        return learned.isPresent() ? learned.get().modelVersion() : MODEL_VERSION;
    }

    /**
     * A detector like this one whose boundary guard knows the agency's own contact details, so a worker giving
     * the organisation's number, address or handle is not flagged.
     */
    public Detector withAgencyDetails(AgencyDetails agency) {
        return new Detector(lexicon, context, scorer, severities,
                PersonalDetailScanner.create().withAgencyDetails(agency), learned);
    }

    /**
     * The detector packaged with the application: its lexicons, and the classifier and combiner the build
     * trained on the seed corpus (rules only when the build packaged no combiner).
     */
    public static Detector packaged() {
        Detector rules = create(Lexicon.packaged());
        return CombinerModel.isPackaged() ? rules.withLearnedTier(Classifier.packaged(), CombinerModel.packaged())
                : rules;
    }

    /** The lexicon in use. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Assesses a message from a young person. */
    public Assessment assess(String text) {
        return assess(text, Direction.INBOUND);
    }

    /** Assesses a message written in {@code direction}. Never throws on any string. */
    public Assessment assess(String text, Direction direction) {
        requireNonNull(text, "text");
        return assess(lexicon.analyzer().analyze(text), direction);
    }

    /**
     * Assesses a message already analysed with this detector's {@code lexicon().analyzer()}, so a caller
     * that also runs the classifier analyses each message once. Same result as {@link #assess(String,
     * Direction)} on {@code analyzed.original()}.
     */
    public Assessment assess(AnalyzedText analyzed, Direction direction) {
        requireNonNull(analyzed, "analyzed");
        requireNonNull(direction, "direction");
        return score(analyzed, direction, mark(analyzed));
    }

    /**
     * Like {@link #assess(AnalyzedText, Direction)}, with the matches and marks behind the assessment, for a
     * deeper tier (see {@link #rescore}).
     */
    public FastTierResult assessTraced(AnalyzedText analyzed, Direction direction) {
        requireNonNull(analyzed, "analyzed");
        requireNonNull(direction, "direction");
        Marked marked = mark(analyzed);
        return new FastTierResult(analyzed, direction, marked.cues(), marked.risk(), marked.riskCues(),
                score(analyzed, direction, marked));
    }

    /** The matches of one message with their marks. */
    private record Marked(List<PhraseMatch> cues, List<MarkedMatch> risk, List<MarkedMatch> riskCues) {
    }

    private Marked mark(AnalyzedText analyzed) {
        List<PhraseMatch> all = OverlapFilter.mostSpecific(matcher.match(analyzed));
        List<PhraseMatch> risk = new ArrayList<>();
        List<PhraseMatch> cues = new ArrayList<>();
        List<PhraseMatch> riskCues = new ArrayList<>();
        for (PhraseMatch match : all) {
            if (match.entry().list() instanceof Category) {
                risk.add(match);
            } else {
                cues.add(match);
                if (match.entry().list() == CueKind.RISK_CUE) {
                    riskCues.add(match);
                }
            }
        }
        MessageContext messageContext = new MessageContext(analyzed, cues);
        return new Marked(cues, context.mark(messageContext, risk), context.mark(messageContext, riskCues));
    }

    private Assessment score(AnalyzedText analyzed, Direction direction, Marked marked) {
        ScoreResult result = scorer.score(marked.risk(), marked.riskCues(), direction.categories());
        if (direction == Direction.INBOUND) {
            return inbound(analyzed, result, Map.of(), modelVersion());
        }
        Assessment assessment = new Assessment(result.severity(), result.scores(), toEvidence(result, Map.of()),
                result.reason(), analyzed.truncated(), lexiconVersion, MODEL_VERSION);
        return boundaryGuard.apply(analyzed.original(), assessment);
    }

    /** A young person's assessment: the rules' result, combined with the classifier if there is a learned tier. */
    private Assessment inbound(AnalyzedText analyzed, ScoreResult result, Map<PhraseMatch, String> reviews,
                               String modelVersion) {
        if (learned.isPresent()) {
            return combined(analyzed, result, reviews, learned.get(), modelVersion);
        }
        return new Assessment(result.severity(), result.scores(), toEvidence(result, reviews), result.reason(),
                analyzed.truncated(), lexiconVersion, modelVersion);
    }

    /**
     * The rules' result combined with the classifier's probabilities (IMMINENT stays the rules' alone); the
     * classifier's share is added to the evidence when it moved a category's level.
     */
    private Assessment combined(AnalyzedText analyzed, ScoreResult result, Map<PhraseMatch, String> reviews,
                                LearnedTier tier, String modelVersion) {
        List<Evidence> evidence = toEvidence(result, reviews);
        // without lexicon evidence the combiner can change nothing (it never raises a category the lexicon
        // found nothing for), so most everyday messages skip the classifier: same result, less work
        if (result.severity() == Severity.IMMINENT || result.scores().isEmpty()) {
            return new Assessment(result.severity(), result.scores(), evidence, result.reason(), analyzed.truncated(),
                    lexiconVersion, modelVersion);
        }
        Probabilities probabilities = tier.classifier().probabilities(analyzed);
        Combination combination = tier.combiner().combine(result.scores(), probabilities,
                Direction.INBOUND.categories(), keptAtRulesLevel(result));
        for (Combination.Change change : combination.changes()) {
            evidence.add(new Evidence(change.category(), change.category(), "classifier", 0, 0,
                    Thousandths.round(change.probability()),
                    combination.scores().getOrDefault(change.category(), 0.0), List.of(), Set.of(),
                    tier.classifier().version(), ""));
        }
        String reason = combination.changes().isEmpty() && combination.severity() == result.severity()
                ? result.reason() : combinedReason(combination, result.scores(), probabilities);
        return new Assessment(combination.severity(), combination.scores(), evidence, reason, analyzed.truncated(),
                lexiconVersion, modelVersion);
    }

    /**
     * The categories the classifier may not raise: those with evidence a context mark softened, and those
     * whose only evidence is topic words ("suicide is never the answer" is advice, whatever the classifier
     * makes of the word).
     */
    private static Set<Category> keptAtRulesLevel(ScoreResult result) {
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

    private String combinedReason(Combination combination, Map<Category, Double> rulesScores,
                                  Probabilities probabilities) {
        // in Category order, so a tie names the same category in every JVM (the scores map's order is not fixed)
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
                + TwoDecimals.format(rulesScores.getOrDefault(worst, 0.0)) + ", classifier "
                + TwoDecimals.format(probabilities.of(worst)) + ")";
    }

    /**
     * Scores {@code fast}'s message again with the category matches marked as {@code risk} says (same matches,
     * other marks), through the same scorer and severity policy as the fast tier. For a deeper tier: each
     * match in {@code reviews} gets that text as its evidence's {@link Evidence#review()}. With a learned tier
     * the result is combined with the classifier again. Inbound messages only (the boundary guard is not
     * re-run).
     *
     * @param fast the fast tier's result
     * @param risk the category matches of {@code fast}, with the marks to score them with
     * @param reviews what the deeper tier found, by match
     * @param modelVersion the model version of the result
     */
    public Assessment rescore(FastTierResult fast, List<MarkedMatch> risk, Map<PhraseMatch, String> reviews,
                              String modelVersion) {
        requireNonNull(fast, "fast");
        requireNonNull(modelVersion, "modelVersion");
        if (fast.direction() != Direction.INBOUND) {
            throw new IllegalArgumentException("only inbound messages can be rescored, not " + fast.direction());
        }
        ScoreResult result = scorer.score(risk, fast.riskCues(), fast.direction().categories());
        return inbound(fast.text(), result, reviews, modelVersion);
    }

    /**
     * The severity of {@code assessment} counting only {@code categories}: IMMINENT when the assessment is and
     * one of them scored (only own-voice risk categories can make a message IMMINENT), otherwise the highest
     * severity any of them reaches on its own thresholds. Used to route a message's categories apart, e.g.
     * harassment of a worker to a supervisor and the young person's own risk to on-call.
     */
    public Severity severityAmong(Assessment assessment, Set<Category> categories) {
        requireNonNull(assessment, "assessment");
        Severity severity = Severity.NONE;
        for (Category category : categories) {
            double score = assessment.score(category);
            if (score <= 0) {
                continue;
            }
            if (assessment.severity() == Severity.IMMINENT && Scorer.CAN_BE_IMMINENT.contains(category)) {
                return Severity.IMMINENT;
            }
            Severity level = severities.severity(category, score);
            if (level.compareTo(severity) > 0) {
                severity = level;
            }
        }
        return severity;
    }

    private static List<Evidence> toEvidence(ScoreResult result, Map<PhraseMatch, String> reviews) {
        List<Evidence> evidence = new ArrayList<>(result.evidence().size());
        for (ScoredMatch scored : result.evidence()) {
            PhraseMatch match = scored.match();
            evidence.add(new Evidence(scored.category(), scored.lexiconCategory(), match.entry().phrase(),
                    match.start(), match.end(), match.entry().weight(),
                    Thousandths.round(scored.weight()), scored.marks(), match.entry().tags(),
                    match.entry().file() + ":" + match.entry().line(), reviews.getOrDefault(match, "")));
        }
        return evidence;
    }
}
