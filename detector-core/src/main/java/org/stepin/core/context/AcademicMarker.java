package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#ACADEMIC} when an essay, lesson, media, lyrics or news cue sits
 * near it in the same sentence ("essay on suicide prevention", "reading romeo and juliet, why did
 * they kill themselves"). The cue's reach ends where a new clause brings in the young person as
 * subject ("the essay is due and i want to die" stays own voice), and entries tagged {@code own}
 * (the young person's own reaction, "felt exactly like me") are never marked.
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
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        if (match.entry().has(Tag.OWN)) {
            return false;
        }
        return CueSearch.near(context, CueKind.ACADEMIC, match, window, Scope.SENTENCE_UNTIL_FIRST_PERSON_CLAUSE);
    }
}
