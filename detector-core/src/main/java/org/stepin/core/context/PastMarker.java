package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#PAST} when a past or recovery cue sits in its clause ("i used to
 * cut", "6 months clean from sh").
 */
public final class PastMarker implements ContextMarker {
    private final int window;

    /** A marker that looks {@code window} words either side. */
    public PastMarker(int window) {
        this.window = window;
    }

    @Override
    public ContextMark mark() {
        return ContextMark.PAST;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return CueSearch.near(context, CueKind.PAST, match, window, Scope.CLAUSE);
    }
}
