package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#ACADEMIC} when an essay, lesson, media, lyrics or news cue sits
 * near it in the same clause ("essay on suicide prevention", "the character cut herself in the
 * show"). A new clause ends the cue's reach ("the essay is due and i want to die" stays own voice).
 */
public final class AcademicMarker implements ContextMarker {
    private final int window;

    /** A marker that looks {@code window} words either side. */
    public AcademicMarker(int window) {
        this.window = window;
    }

    @Override
    public ContextMark mark() {
        return ContextMark.ACADEMIC;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match) {
        return CueSearch.near(context, CueKind.ACADEMIC, match, window, Scope.CLAUSE);
    }
}
