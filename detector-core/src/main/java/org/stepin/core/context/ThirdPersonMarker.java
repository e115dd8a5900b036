package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#THIRD_PERSON} when the nearest subject before it in its sentence
 * is someone else ("my friend said she wants to die") rather than the young person ("she told me i
 * want to die too much" stays own voice). A match with no subject before it is own voice, and so is a
 * match that holds a first-person word or "my" ("my dad's gun at my head").
 */
public final class ThirdPersonMarker implements ContextMarker {
    private static final int ANY_DISTANCE = Integer.MAX_VALUE;

    @Override
    public ContextMark mark() {
        return ContextMark.THIRD_PERSON;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        if (subject == Subject.OWN_WORDS) {
            return false;
        }
        PhraseMatch third = CueSearch.before(context, CueKind.THIRD_PERSON, match, ANY_DISTANCE, Scope.SENTENCE);
        if (third == null) {
            return false;
        }
        PhraseMatch first = CueSearch.before(context, CueKind.FIRST_PERSON, match, ANY_DISTANCE, Scope.SENTENCE);
        return first == null || first.lastToken() < third.firstToken();
    }
}
