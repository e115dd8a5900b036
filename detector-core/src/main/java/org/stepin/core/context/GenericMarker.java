package org.stepin.core.context;

import org.stepin.core.match.PhraseMatch;

/**
 * Marks a match {@link ContextMark#GENERIC} when it is said about people in general: the nearest subject
 * before it in its sentence is a generic one ("people who self harm need help", "depression makes
 * people want to die", "anyone who is suicidal should ..."). A first-person word after the generic
 * subject ("nobody would care if i killed myself") or inside the phrase ("everyone would be better off
 * without me") keeps it the young person's own.
 */
public final class GenericMarker implements ContextMarker {
    @Override
    public ContextMark mark() {
        return ContextMark.GENERIC;
    }

    @Override
    public boolean applies(MessageContext context, PhraseMatch match, Subject subject) {
        return subject == Subject.GENERIC;
    }
}
