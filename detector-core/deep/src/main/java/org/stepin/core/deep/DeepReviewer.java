package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.FastTierResult;
import org.stepin.core.context.ContextMark;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.lexicon.Category;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;

/**
 * Turns the parse's readings of the gate's candidates into marks and rescores the message with the fast
 * tier's own scorer and severity policy:
 * <ul>
 *   <li>negation: the parse's verdict replaces the fast tier's {@code NEGATED} mark, both ways;</li>
 *   <li>subject: first person removes {@code THIRD_PERSON} (own voice), third person sets it (the mark policy
 *       then moves own-state evidence to peer concern); second person or no subject keeps the fast tier's
 *       mark;</li>
 *   <li>a conditional ("if i died would anyone care") is noted but changes nothing: a conditional statement
 *       of suicidal thoughts is still a signal, and halving it on a parse is not a safe default.</li>
 * </ul>
 * Safety floors: IMMINENT is never lowered (the gate never sends it), and a HIGH message is never lowered below
 * MODERATE, so a parse can at most move a page to the caseworker's next working hours. Every candidate's
 * evidence says what the parse found ({@link ReviewNote}, in {@link org.stepin.core.Evidence#review()}), and the
 * model version gets the deep tier's suffix. Immutable and thread-safe.
 */
public final class DeepReviewer {
    /** The lowest severity the deep tier may give a message the fast tier called HIGH. */
    public static final Severity HIGH_FLOOR = Severity.MODERATE;

    private final Detector detector;
    private final GrammarReader reader;
    private final String modelVersion;

    /**
     * A reviewer that reads parses with the word lists of {@code detector}'s lexicon, rescores with
     * {@code detector} and labels results with {@code modelVersion}.
     */
    public DeepReviewer(Detector detector, String modelVersion) {
        this.detector = requireNonNull(detector, "detector");
        this.modelVersion = requireNonNull(modelVersion, "modelVersion");
        this.reader = new GrammarReader(detector.lexicon());
    }

    /** The result of a review: the new assessment and whether any mark changed. */
    record Result(Assessment assessment, boolean adjusted) {
    }

    /** Reviews {@code candidates} (from the gate) of {@code fast} with the parse {@code graph}. */
    Result review(FastTierResult fast, List<MarkedMatch> candidates, DependencyGraph graph) {
        List<MarkedMatch> risk = new ArrayList<>(fast.risk().size());
        Map<PhraseMatch, String> notes = new IdentityHashMap<>();
        boolean adjusted = false;
        for (MarkedMatch marked : fast.risk()) {
            if (!candidates.contains(marked)) {
                risk.add(marked);
                continue;
            }
            Optional<Reading> reading = reader.read(graph, marked.match(), fast.cues());
            Set<ContextMark> marks = marks(marked, reading);
            adjusted |= !marks.equals(marked.marks());
            notes.put(marked.match(), ReviewNote.of(reading, marked.marks(), marks));
            risk.add(new MarkedMatch(marked.match(), marks));
        }
        Assessment rescored = detector.rescore(fast, risk, notes, modelVersion);
        Severity fastSeverity = fast.assessment().severity();
        Severity floored = floored(fastSeverity, rescored.severity());
        if (floored != rescored.severity()) {
            Map<Category, Double> scores = flooredScores(fast.assessment(), rescored, detector.severityPolicy());
            String reason = String.format(Locale.ROOT,
                    "%s: held at the deep tier's floor for a HIGH message (the parse alone gives %s)", floored,
                    rescored.reason());
            rescored = new Assessment(floored, scores, rescored.evidence(), reason, rescored.truncated(),
                    rescored.lexiconVersion(), rescored.modelVersion());
        }
        return new Result(rescored, adjusted);
    }

    /**
     * The rescored scores with every category the fast tier had at HIGH kept at the floor's threshold, so the
     * floor holds per category too (routing and alert categories read the scores, not only the severity).
     */
    private static Map<Category, Double> flooredScores(Assessment fast, Assessment rescored,
                                                      SeverityPolicy policy) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        scores.putAll(rescored.scores());
        for (Map.Entry<Category, Double> entry : fast.scores().entrySet()) {
            Category category = entry.getKey();
            if (policy.severity(category, entry.getValue()) == Severity.HIGH) {
                scores.merge(category, policy.thresholds(category).moderate(), Math::max);
            }
        }
        return scores;
    }

    /** {@code deep} raised to the floor the fast tier's {@code fast} severity allows. */
    static Severity floored(Severity fast, Severity deep) {
        if (fast == Severity.IMMINENT) {
            return Severity.IMMINENT;
        }
        if (fast == Severity.HIGH && deep.compareTo(HIGH_FLOOR) < 0) {
            return HIGH_FLOOR;
        }
        return deep;
    }

    private static Set<ContextMark> marks(MarkedMatch marked, Optional<Reading> parsed) {
        EnumSet<ContextMark> marks = marked.marks().isEmpty() ? EnumSet.noneOf(ContextMark.class)
                : EnumSet.copyOf(marked.marks());
        if (parsed.isEmpty()) {
            return marks;
        }
        Reading reading = parsed.get();
        if (reading.negated()) {
            marks.add(ContextMark.NEGATED);
        } else {
            marks.remove(ContextMark.NEGATED);
        }
        if (reading.person() == Person.FIRST) {
            marks.remove(ContextMark.THIRD_PERSON);
        } else if (reading.person() == Person.THIRD
                && DeepGate.OWN_STATE.contains(marked.match().entry().list())) {
            marks.add(ContextMark.THIRD_PERSON);
        }
        return Set.copyOf(marks);
    }
}
