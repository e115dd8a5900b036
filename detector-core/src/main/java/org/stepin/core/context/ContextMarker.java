package org.stepin.core.context;

import org.stepin.core.match.PhraseMatch;

/** One context stage: says whether its {@link ContextMark} applies to a match. Thread-safe. */
public interface ContextMarker {
    ContextMark mark();

    /**
     * True when the mark applies to {@code match} in {@code context}; {@code subject} is whose state the match
     * describes, worked out once for all stages.
     */
    boolean applies(MessageContext context, PhraseMatch match, Subject subject);
}
