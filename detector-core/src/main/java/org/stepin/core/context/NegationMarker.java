package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#NEGATED} when a negation cue governs it: the cue sits within a few
 * words before it in the same clause with no new subject in between ("i would never hurt myself",
 * but not "i do not know why i want to die"), or between its words ("want to not die"). Negations
 * that are part of the phrase itself ("no one would miss me") do not count.
 */
public final class NegationMarker implements ContextMarker {
    private final int window;

    /** A marker that looks {@code window} words back. */
    public NegationMarker(int window) {
        this.window = window;
    }

    @Override
    public ContextMark mark() {
        return ContextMark.NEGATED;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        PhraseMatch cue = CueSearch.before(context, CueKind.NEGATION, match, window, Scope.CLAUSE);
        if (cue != null && !subjectBetween(context, cue.lastToken(), match.firstToken())) {
            return true;
        }
        return CueSearch.inside(context, CueKind.NEGATION, match);
    }

    private static boolean subjectBetween(MessageContext context, int from, int to) {
        return CueSearch.startsBetween(context, CueKind.FIRST_PERSON, from, to)
                || CueSearch.startsBetween(context, CueKind.THIRD_PERSON, from, to);
    }
}
