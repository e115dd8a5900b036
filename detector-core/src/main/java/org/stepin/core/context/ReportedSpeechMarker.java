package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#REPORTED} when someone said it to the young person: a
 * reported-speech cue before it in the same clause ("they told me to kill myself", "people keep
 * saying kys"). A new clause is the young person's own voice again ("they told me to kys and maybe
 * they are right").
 */
public final class ReportedSpeechMarker implements ContextMarker {
    private static final int ANY_DISTANCE = Integer.MAX_VALUE;

    @Override
    public ContextMark mark() {
        return ContextMark.REPORTED;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return CueSearch.before(context, CueKind.REPORTED, match, ANY_DISTANCE, Scope.CLAUSE) != null;
    }
}
