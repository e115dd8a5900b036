package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.FastTierResult;
import org.stepin.core.context.ContextMark;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.score.Severity;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.TokenKind;

/**
 * Decides which messages go deep: those where the fast tier's window rules may have read negation or the
 * subject wrong <em>and</em> a different reading would change what happens. For each category match of an
 * inbound message that is not IMMINENT:
 * <ol>
 *   <li>its lexicon category is a youth-risk one ({@link #REVIEWED}) and no mark that the parse cannot judge
 *       (figurative, academic, gaming, reported, past) is on it;</li>
 *   <li>a reading is uncertain: it is marked negated, or a negation cue stands before it in its sentence
 *       (outside the fast tier's window or clause); for own-state categories, it is marked third person, or a
 *       third-person cue stands before it in its sentence;</li>
 *   <li>flipping that one mark and rescoring with the fast tier's own scorer moves the message across the
 *       alert line (MODERATE) or the paging line (HIGH).</li>
 * </ol>
 * Messages without category matches never go deep; the gate costs a few microseconds for the rest. Immutable
 * and thread-safe.
 */
public final class DeepGate {
    /** The categories whose negation and subject the deep tier re-reads. */
    public static final Set<Category> REVIEWED = Set.copyOf(EnumSet.of(Category.SUICIDAL_IDEATION,
            Category.SELF_HARM, Category.ABUSE, Category.BULLYING, Category.SUBSTANCE, Category.HOPELESSNESS));
    /** The categories a third-person subject moves to peer concern (the mark policy's own-state ones). */
    public static final Set<Category> OWN_STATE = Set.copyOf(EnumSet.of(Category.SUICIDAL_IDEATION,
            Category.SELF_HARM, Category.HOPELESSNESS, Category.SUBSTANCE));
    private static final Set<ContextMark> NOT_JUDGED = Set.copyOf(EnumSet.of(ContextMark.FIGURATIVE,
            ContextMark.ACADEMIC, ContextMark.GAMING, ContextMark.REPORTED, ContextMark.PAST));

    private final Detector detector;

    /** A gate that rescores with {@code detector}. */
    public DeepGate(Detector detector) {
        this.detector = requireNonNull(detector, "detector");
    }

    /** The matches of {@code fast} to read deep; empty when the message stays in the fast tier. */
    public List<MarkedMatch> candidates(FastTierResult fast) {
        requireNonNull(fast, "fast");
        if (fast.risk().isEmpty() || fast.direction() != Direction.INBOUND
                || fast.assessment().severity() == Severity.IMMINENT) {
            return List.of();
        }
        int[] sentence = sentences(fast.text());
        int band = band(fast.assessment().severity());
        List<MarkedMatch> candidates = new ArrayList<>();
        for (MarkedMatch marked : fast.risk()) {
            Category category = (Category) marked.match().entry().list();
            if (!REVIEWED.contains(category) || marked.marks().stream().anyMatch(NOT_JUDGED::contains)) {
                continue;
            }
            boolean negationUncertain = marked.has(ContextMark.NEGATED)
                    || cueBefore(fast, CueKind.NEGATION, marked.match(), sentence);
            boolean personUncertain = OWN_STATE.contains(category) && (marked.has(ContextMark.THIRD_PERSON)
                    || cueBefore(fast, CueKind.THIRD_PERSON, marked.match(), sentence));
            if (negationUncertain && band(flipped(fast, marked, ContextMark.NEGATED)) != band
                    || personUncertain && band(flipped(fast, marked, ContextMark.THIRD_PERSON)) != band) {
                candidates.add(marked);
            }
        }
        return List.copyOf(candidates);
    }

    /** The severity of {@code fast} with {@code mark} flipped on {@code marked} alone. */
    private Severity flipped(FastTierResult fast, MarkedMatch marked, ContextMark mark) {
        List<MarkedMatch> risk = new ArrayList<>(fast.risk().size());
        for (MarkedMatch other : fast.risk()) {
            if (other == marked) {
                EnumSet<ContextMark> marks = other.marks().isEmpty() ? EnumSet.noneOf(ContextMark.class)
                        : EnumSet.copyOf(other.marks());
                if (!marks.remove(mark)) {
                    marks.add(mark);
                }
                risk.add(new MarkedMatch(other.match(), marks));
            } else {
                risk.add(other);
            }
        }
        return DeepReviewer.floored(fast.assessment().severity(),
                detector.rescore(fast, risk, Map.of(), Detector.MODEL_VERSION).severity());
    }

    /** NONE and LOW, MODERATE, HIGH and IMMINENT: the decisions a severity makes (no alert, caseworker, page). */
    static int band(Severity severity) {
        switch (severity) {
            case NONE: case LOW:
                return 0;
            case MODERATE:
                return 1;
            default:
                return 2;
        }
    }

    private static boolean cueBefore(FastTierResult fast, CueKind kind, PhraseMatch match, int[] sentence) {
        for (PhraseMatch cue : fast.cues()) {
            if (cue.entry().list() == kind && cue.firstToken() < match.lastToken()
                    && sentence[cue.firstToken()] == sentence[match.firstToken()] && !sharesWords(cue, match)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesWords(PhraseMatch cue, PhraseMatch match) {
        for (int i = cue.firstToken(); i <= cue.lastToken(); i++) {
            if (match.matchedToken(i)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence number of each token (sentences end at break tokens). */
    static int[] sentences(AnalyzedText text) {
        int[] sentence = new int[text.size()];
        int current = 0;
        for (int i = 0; i < text.size(); i++) {
            sentence[i] = current;
            if (text.token(i).kind() == TokenKind.BREAK) {
                current++;
            }
        }
        return sentence;
    }
}
