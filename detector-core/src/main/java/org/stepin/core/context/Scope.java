package org.stepin.core.context;

/** How far a cue's influence reaches: its clause or its whole sentence. */
enum Scope {
    CLAUSE,
    SENTENCE;

    boolean contains(MessageContext context, int a, int b) {
        return this == CLAUSE ? context.sameClause(a, b) : context.sameSentence(a, b);
    }
}
