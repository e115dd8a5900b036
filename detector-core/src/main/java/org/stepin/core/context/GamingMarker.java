package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/** Marks a match {@link ContextMark#GAMING} when a game cue is in its sentence ("kill you in fortnite"). */
public final class GamingMarker implements ContextMarker {
    private static final int ANY_DISTANCE = Integer.MAX_VALUE;

    @Override
    public ContextMark mark() {
        return ContextMark.GAMING;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return CueSearch.near(context, CueKind.GAMING, match, ANY_DISTANCE, Scope.SENTENCE);
    }
}
