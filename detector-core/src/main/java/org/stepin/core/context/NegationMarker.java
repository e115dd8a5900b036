package org.stepin.core.context;

import java.util.Set;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;

/**
 * Marks a match {@link ContextMark#NEGATED} when a negation cue governs it: the cue sits within a few
 * words before it in the same clause with no new subject in between ("i would never hurt myself",
 * but not "i do not know why i want to die"), or between its words ("want to not die"). Negations
 * that are part of the phrase itself ("no one would miss me") do not count, and neither does a negation
 * whose next word turns it away from what follows: "stop" ("i can't stop cutting" says the cutting goes
 * on) and "know" before a question word ("idk why i bother waking up" is uncertainty, not a denial).
 */
public final class NegationMarker implements ContextMarker {
    /** Question words after "not know": what follows is asked about, not denied. */
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "if", "whether", "when");

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
        if (cue != null && !subjectBetween(context, cue.lastToken(), match.firstToken())
                && !turnedAway(context.text(), cue.lastToken(), match.firstToken())) {
            return true;
        }
        return CueSearch.inside(context, CueKind.NEGATION, match);
    }

    /**
     * True when the words between a negation cue ending at {@code cueEnd} and a match starting at
     * {@code matchStart} begin with "stop", or with "know" and a question word.
     */
    private static boolean turnedAway(AnalyzedText text, int cueEnd, int matchStart) {
        int next = nextWord(text, cueEnd, matchStart);
        if (next < 0) {
            return false;
        }
        String lemma = text.token(next).lemma();
        if (lemma.equals("stop")) {
            return true;
        }
        int after = nextWord(text, next, matchStart + 1);
        return lemma.equals("know") && after >= 0 && QUESTION_WORDS.contains(text.token(after).lemma());
    }

    /** The first word token after {@code from} and before {@code until}, or -1. */
    private static int nextWord(AnalyzedText text, int from, int until) {
        for (int i = from + 1; i < until; i++) {
            Token token = text.token(i);
            if (token.kind().isWordLike()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean subjectBetween(MessageContext context, int from, int to) {
        return CueSearch.startsBetween(context, CueKind.FIRST_PERSON, from, to)
                || CueSearch.startsBetween(context, CueKind.THIRD_PERSON, from, to);
    }
}
