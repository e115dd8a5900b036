package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#FIGURATIVE} when a hyperbole pattern from the figurative lexicon
 * overlaps it ("this homework [is killing me]", "[killed it] at practice", "[dying 😂]"). The
 * patterns include the risk words they cancel, so a figure of speech elsewhere in the message does
 * not cancel a real disclosure.
 */
public final class FigurativeMarker implements ContextMarker {
    @Override
    public ContextMark mark() {
        return ContextMark.FIGURATIVE;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        for (int i = 0; i < context.cueCount(CueKind.FIGURATIVE); i++) {
            if (context.cue(CueKind.FIGURATIVE, i).overlaps(match)) {
                return true;
            }
        }
        return false;
    }
}
