package org.stepin.core.context;

import org.stepin.core.lexicon.CueKind;

/** How far a cue's influence reaches between two tokens {@code a < b}. */
enum Scope {
    /** The same clause. */
    CLAUSE,
    /** The same sentence. */
    SENTENCE,
    /** The same sentence, but not into a later clause that brings in the young person as subject. */
    SENTENCE_UNTIL_FIRST_PERSON_CLAUSE;

    boolean contains(MessageContext context, int a, int b) {
        switch (this) {
            case CLAUSE:
                return context.sameClause(a, b);
            case SENTENCE:
                return context.sameSentence(a, b);
            default:
                return context.sameSentence(a, b) && (context.sameClause(a, b)
                        || !CueSearch.startsBetween(context, CueKind.FIRST_PERSON, a, b));
        }
    }
}
