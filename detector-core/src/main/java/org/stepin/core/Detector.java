package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepin.core.classify.Classifier;
import org.stepin.core.combine.Combination;
import org.stepin.core.combine.CombinerModel;
import org.stepin.core.combine.LearnedTier;
import org.stepin.core.context.ContextAnalyzer;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.context.MessageContext;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.match.OverlapFilter;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.match.PhraseMatcher;
import org.stepin.core.privacy.AgencyDetails;
import org.stepin.core.privacy.PersonalDetailScanner;
import org.stepin.core.privacy.Span;
import org.stepin.core.score.MarkPolicy;
import org.stepin.core.score.ScoreResult;
import org.stepin.core.score.ScoredMatch;
import org.stepin.core.score.Scorer;
import org.stepin.core.score.SeverityPolicy;
import org.stepin.core.score.Thousandths;
import org.stepin.core.text.AnalyzedText;

/**
 * The fast tier: message text to {@link Assessment}. The whole chain, in order: analyse (normalise,
 * tokenise, join spaced letters, resolve elongations, expand slang, lemmatise), match every lexicon
 * list in one pass of a token trie, keep the most specific match per list, mark context on category
 * matches and risk cues, score; with a learned tier, combine the scores of a young person's message with
 * the classifier's probabilities ({@link LearnedTier}); for a worker's outbound message, add personal contact
 * details found by the boundary guard. Immutable and thread-safe: one instance serves every thread.
 */
public final class Detector implements Assessor {
    /** Version of the scoring model: the lexicon rules, the mark policy and the severity policy. */
    public static final String MODEL_VERSION = "rules-1";

    private final Lexicon lexicon;
    private final PhraseMatcher matcher;
    private final ContextAnalyzer context;
    private final Scorer scorer;
    private final SeverityPolicy severities;
    private final BoundaryGuard boundaryGuard;
    private final Optional<LearnedTier> learned;
    /** The version of the scoring model, with the learned tier's when there is one. */
    private final String modelVersion;
    /** The lexicon's version as assessments show it, written once rather than per message. */
    private final String lexiconVersion;

    private Detector(Lexicon lexicon, ContextAnalyzer context, Scorer scorer, SeverityPolicy severities,
                     PersonalDetailScanner scanner, Optional<LearnedTier> learned) {
        this.lexicon = lexicon;
        this.learned = learned;
        this.lexiconVersion = lexicon.version().toString();
        this.modelVersion = learned.map(tier -> MODEL_VERSION + "+" + tier.version()).orElse(MODEL_VERSION);
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
        return new Detector(lexicon, context, scorer, severities, boundaryGuard.scanner(),
                Optional.of(new LearnedTier(classifier, combiner, severities)));
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
        return modelVersion;
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
     * trained on the seed corpus, which the {@code detector-model} artifact carries.
     *
     * @throws IllegalStateException when that artifact is not on the class path (never a silent rules-only
     *     detector: use {@code create(Lexicon.packaged())} for the rules alone)
     */
    public static Detector packaged() {
        if (!CombinerModel.isPackaged()) {
            throw new IllegalStateException("the learned tier is not on the class path (" + CombinerModel.RESOURCE
                    + "): add the detector-model artifact, or use Detector.create(Lexicon.packaged()) for the rules");
        }
        return create(Lexicon.packaged()).withLearnedTier(Classifier.packaged(), CombinerModel.packaged());
    }

    /** The lexicon in use. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Assesses a message from a young person. */
    public Assessment assess(String text) {
        return assess(text, Direction.INBOUND);
    }

    /** Assesses a message written in {@code direction} with the fast tier. Never throws on any string. */
    @Override
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
        List<Evidence> evidence = toEvidence(result, reviews);
        // no lambda on the hot path: Optional.empty() is shared, so a rules-only message allocates nothing here
        Optional<LearnedTier.Combined> combined = learned.isPresent()
                ? learned.get().combine(analyzed, result, Direction.INBOUND.categories()) : Optional.empty();
        if (combined.isEmpty()) {
            return new Assessment(result.severity(), result.scores(), evidence, result.reason(),
                    analyzed.truncated(), lexiconVersion, modelVersion);
        }
        Combination combination = combined.get().combination();
        for (Combination.Change change : combination.changes()) {
            evidence.add(Evidence.classifier(change.category(), Thousandths.round(change.probability()),
                    combination.scores().getOrDefault(change.category(), 0.0), learned.get().classifierVersion()));
        }
        return new Assessment(combination.severity(), combination.scores(), evidence, combined.get().reason(),
                analyzed.truncated(), lexiconVersion, modelVersion);
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

    private static List<Evidence> toEvidence(ScoreResult result, Map<PhraseMatch, String> reviews) {
        List<Evidence> evidence = new ArrayList<>(result.evidence().size());
        for (ScoredMatch scored : result.evidence()) {
            PhraseMatch match = scored.match();
            Evidence found = Evidence.lexicon(scored.category(), scored.lexiconCategory(), match.entry().phrase(),
                    new Span(match.start(), match.end()), match.entry().weight(), Thousandths.round(scored.weight()),
                    scored.marks(), match.entry().tags(), match.entry().file() + ":" + match.entry().line());
            String review = reviews.get(match);
            evidence.add(review == null ? found : found.withReview(review));
        }
        return evidence;
    }
}
