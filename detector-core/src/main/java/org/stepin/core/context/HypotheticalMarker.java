package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#HYPOTHETICAL} when a conditional or general-question cue
 * ("what if", "is it normal to", "hypothetically") comes shortly before it in the same sentence.
 */
public final class HypotheticalMarker implements ContextMarker {
    private final int window;

    /** A marker that looks {@code window} words back. */
    public HypotheticalMarker(int window) {
        this.window = window;
    }

    @Override
    public ContextMark mark() {
        return ContextMark.HYPOTHETICAL;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return CueSearch.before(context, CueKind.HYPOTHETICAL, match, window, Scope.SENTENCE) != null;
    }
}
