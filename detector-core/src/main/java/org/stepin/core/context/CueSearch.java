package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/** The cue look-ups the markers share: a cue before a match, or near it on either side. */
final class CueSearch {
    private CueSearch() {
    }

    /** The nearest cue ending before {@code match} within {@code window} words and {@code scope}, or null. */
    static PhraseMatch before(MessageContext context, CueKind kind, PhraseMatch match, int window, Scope scope) {
        PhraseMatch nearest = null;
        for (int i = 0; i < context.cueCount(kind); i++) {
            PhraseMatch cue = context.cue(kind, i);
            if (MessageContext.sharesWords(cue, match)) {
                continue;
            }
            int cueEnd = cue.lastToken();
            if (cueEnd < match.firstToken()
                    && scope.contains(context, cueEnd, match.firstToken())
                    && context.wordsBetween(cueEnd, match.firstToken()) <= window
                    && (nearest == null || cueEnd > nearest.lastToken())) {
                nearest = cue;
            }
        }
        return nearest;
    }

    /** True when a cue sits inside the match's span as a gap word. */
    static boolean inside(MessageContext context, CueKind kind, PhraseMatch match) {
        for (int i = 0; i < context.cueCount(kind); i++) {
            PhraseMatch cue = context.cue(kind, i);
            if (MessageContext.sharesWords(cue, match)) {
                continue;
            }
            if (cue.firstToken() > match.firstToken() && cue.lastToken() < match.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue lies within {@code window} words of the match, on either side, within {@code scope}. */
    static boolean near(MessageContext context, CueKind kind, PhraseMatch match, int window, Scope scope) {
        for (int i = 0; i < context.cueCount(kind); i++) {
            PhraseMatch cue = context.cue(kind, i);
            if (MessageContext.sharesWords(cue, match)) {
                continue;
            }
            boolean beforeMatch = cue.lastToken() < match.firstToken();
            int from = beforeMatch ? cue.lastToken() : match.lastToken();
            int to = beforeMatch ? match.firstToken() : cue.firstToken();
            if (cue.overlaps(match)
                    || scope.contains(context, from, to) && context.wordsBetween(from, to) <= window) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue of {@code kind} starts strictly between tokens {@code from} and {@code to}. */
    static boolean startsBetween(MessageContext context, CueKind kind, int from, int to) {
        for (int i = 0; i < context.cueCount(kind); i++) {
            PhraseMatch cue = context.cue(kind, i);
            if (cue.firstToken() > from && cue.firstToken() < to) {
                return true;
            }
        }
        return false;
    }
}
