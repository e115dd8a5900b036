package org.stepin.core.score;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.LexiconEntry;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.text.EmojiTable;

/**
 * Combines marked matches into category scores and one severity. Each match's weight is scaled and
 * its category moved by the {@link MarkPolicy}; a category's score is the noisy-OR of its distinct phrases'
 * weights (a repeated phrase counts once, at its strongest);
 * the {@link SeverityPolicy} maps scores to severities, and the overall severity is the highest.
 * IMMINENT needs own-voice suicidal intent (an {@code intent} entry of at least
 * {@link SeverityPolicy#IMMINENT_MIN_WEIGHT}, no mark) plus a plan, means, time, place or farewell:
 * a tag on an own-voice suicidal-ideation entry or an unmarked risk cue in the message. An own-voice
 * entry tagged {@code emergency} in a youth-risk category ("it will not stop bleeding", "took too
 * many pills", "hiding from him") makes the message IMMINENT when its category already reaches HIGH:
 * a human is needed now, whatever the intent. Only the categories in {@code scored} count. Immutable and thread-safe.
 */
public final class Scorer {
    /** The categories whose own-voice evidence can make a message IMMINENT; no others can. */
    public static final Set<Category> CAN_BE_IMMINENT = Collections.unmodifiableSet(EnumSet.of(
            Category.SUICIDAL_IDEATION, Category.SELF_HARM, Category.ABUSE, Category.SUBSTANCE));
    private static final Set<Category> EMERGENCY_CATEGORIES = CAN_BE_IMMINENT;

    private final MarkPolicy marks;
    private final SeverityPolicy severities;

    /** A scorer with these policies. */
    public Scorer(MarkPolicy marks, SeverityPolicy severities) {
        this.marks = requireNonNull(marks, "marks");
        this.severities = requireNonNull(severities, "severities");
    }

    /**
     * Scores one message.
     *
     * @param risk the marked category matches
     * @param riskCues the marked risk-cue matches (time, means, plan, place, farewell)
     * @param scored the categories this message is scored for (by direction)
     */
    public ScoreResult score(List<MarkedMatch> risk, List<MarkedMatch> riskCues, Set<Category> scored) {
        List<ScoredMatch> evidence = new ArrayList<>(risk.size());
        for (MarkedMatch marked : risk) {
            LexiconEntry entry = marked.match().entry();
            MarkPolicy.Outcome outcome = marks.apply((Category) entry.list(), marked.marks());
            if (!scored.contains(outcome.category())) {
                continue;
            }
            double weight = entry.weight() * outcome.factor();
            evidence.add(new ScoredMatch(marked.match(), outcome.category(), weight, outcome.effective()));
        }
        Map<Category, Double> scores = noisyOr(evidence);

        ScoredMatch emergency = emergency(evidence, scores);
        if (emergency != null) {
            return new ScoreResult(Severity.IMMINENT, scores, evidence, "IMMINENT: own-voice "
                    + emergency.category().id() + " emergency ('" + emergency.match().entry().phrase() + "')");
        }
        ScoredMatch intent = imminentIntent(evidence);
        String imminenceCue = intent == null ? null : imminenceCue(evidence, riskCues);
        if (intent != null && imminenceCue != null) {
            return new ScoreResult(Severity.IMMINENT, scores, evidence, "IMMINENT: own-voice suicidal intent ('"
                    + intent.match().entry().phrase() + "') with " + imminenceCue);
        }
        Severity severity = Severity.NONE;
        Category worst = null;
        for (Map.Entry<Category, Double> score : scores.entrySet()) {
            Severity level = severities.severity(score.getKey(), score.getValue());
            if (level.compareTo(severity) > 0) {
                severity = level;
                worst = score.getKey();
            }
        }
        return new ScoreResult(severity, scores, evidence, reason(severity, worst, scores, evidence));
    }

    /**
     * Each category's noisy-OR over its distinct phrases, each at its strongest occurrence: a phrase said
     * three times ("drugs ... drugs ... drugs") is one piece of evidence, not three. Emoji are the exception:
     * a repeated emoji is a count ("🍷🍷🍷🍷 every night" is four drinks), so each occurrence counts.
     */
    private static Map<Category, Double> noisyOr(List<ScoredMatch> evidence) {
        Map<Category, Double> remaining = new EnumMap<>(Category.class);
        for (int i = 0; i < evidence.size(); i++) {
            ScoredMatch scored = evidence.get(i);
            if (!outweighed(evidence, i)) {
                remaining.merge(scored.category(), 1.0 - scored.weight(), (a, b) -> a * b);
            }
        }
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        remaining.forEach((category, rest) -> {
            double score = 1.0 - rest;
            if (score > 0) {
                scores.put(category, Thousandths.round(score));
            }
        });
        return scores;
    }

    /** True when another occurrence of the same word phrase in the same category counts instead of this one. */
    private static boolean outweighed(List<ScoredMatch> evidence, int index) {
        ScoredMatch candidate = evidence.get(index);
        LexiconEntry entry = candidate.match().entry();
        if (emojiOnly(entry)) {
            return false;
        }
        for (int j = 0; j < evidence.size(); j++) {
            ScoredMatch other = evidence.get(j);
            if (j != index && other.category() == candidate.category() && other.match().entry().equals(entry)
                    && (other.weight() > candidate.weight() || other.weight() == candidate.weight() && j < index)) {
                return true;
            }
        }
        return false;
    }

    private static boolean emojiOnly(LexiconEntry entry) {
        for (String lemma : entry.lemmas()) {
            if (!lemma.startsWith(EmojiTable.TOKEN_PREFIX)) {
                return false;
            }
        }
        return true;
    }

    private ScoredMatch emergency(List<ScoredMatch> evidence, Map<Category, Double> scores) {
        for (ScoredMatch scored : evidence) {
            if (scored.ownVoice() && scored.match().entry().has(Tag.EMERGENCY)
                    && EMERGENCY_CATEGORIES.contains(scored.category())
                    && severities.severity(scored.category(), scores.get(scored.category())) == Severity.HIGH) {
                return scored;
            }
        }
        return null;
    }

    private static ScoredMatch imminentIntent(List<ScoredMatch> evidence) {
        ScoredMatch best = null;
        for (ScoredMatch scored : evidence) {
            if (scored.category() == Category.SUICIDAL_IDEATION && scored.ownVoice()
                    && scored.match().entry().has(Tag.INTENT)
                    && scored.weight() >= SeverityPolicy.IMMINENT_MIN_WEIGHT
                    && (best == null || scored.weight() > best.weight())) {
                best = scored;
            }
        }
        return best;
    }

    private static String imminenceCue(List<ScoredMatch> evidence, List<MarkedMatch> riskCues) {
        for (ScoredMatch scored : evidence) {
            if (scored.category() == Category.SUICIDAL_IDEATION && scored.ownVoice()) {
                Tag tag = firstImminenceTag(scored.match().entry());
                if (tag != null) {
                    return tag.id() + " ('" + scored.match().entry().phrase() + "')";
                }
            }
        }
        for (MarkedMatch cue : riskCues) {
            if (cue.marks().isEmpty()) {
                LexiconEntry entry = cue.match().entry();
                Tag tag = firstImminenceTag(entry);
                return (tag == null ? "risk" : tag.id()) + " cue ('" + entry.phrase() + "')";
            }
        }
        return null;
    }

    /** The entry's first imminence tag in {@link Tag} order (its tag set has no stable order), or null. */
    private static Tag firstImminenceTag(LexiconEntry entry) {
        for (Tag tag : Tag.IMMINENCE) {
            if (entry.has(tag)) {
                return tag;
            }
        }
        return null;
    }

    private String reason(Severity severity, Category worst, Map<Category, Double> scores,
                          List<ScoredMatch> evidence) {
        if (worst != null) {
            return severity + ": " + worst.id() + " score " + TwoDecimals.format(scores.get(worst)) + " reaches "
                    + TwoDecimals.format(threshold(severity, worst));
        }
        if (evidence.isEmpty()) {
            return "NONE: no lexicon evidence";
        }
        List<String> cancelled = new ArrayList<>();
        for (ScoredMatch scored : evidence) {
            scored.marks().forEach(mark -> {
                if (!cancelled.contains(mark.id())) {
                    cancelled.add(mark.id());
                }
            });
        }
        return "NONE: evidence below thresholds" + (cancelled.isEmpty() ? "" : " after context " + cancelled);
    }

    private double threshold(Severity severity, Category category) {
        SeverityPolicy.Thresholds t = severities.thresholds(category);
        switch (severity) {
            case HIGH:
                return t.high();
            case MODERATE:
                return t.moderate();
            default:
                return t.low();
        }
    }
}
