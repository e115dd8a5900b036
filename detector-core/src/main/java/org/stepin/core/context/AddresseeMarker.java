package org.stepin.core.context;

import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#ADDRESSEE} when it describes the reader, not the writer: the
 * nearest subject before it in its sentence is second person ("if you feel suicidal, call someone",
 * "it sounds like you want to die") or a directive aimed at the reader ("please reach out if the self
 * harm urges come back"). The young person stays the subject when a first-person word comes after the
 * "you" ("you make me want to die", "you know i want to die") or is part of the phrase itself ("kill
 * myself"). A "you" inside a general question ("do you ever just want to die") is left to
 * {@link HypotheticalMarker}: teenagers often ask it about themselves.
 */
public final class AddresseeMarker implements ContextMarker {
    @Override
    public ContextMark mark() {
        return ContextMark.ADDRESSEE;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return subject == Subject.SECOND_PERSON || subject == Subject.DIRECTIVE;
    }
}
