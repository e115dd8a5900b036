package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

/**
 * What the dependency parse says about one risk phrase. Immutable.
 *
 * @param parsed false when the phrase's words were not parsed (nothing else is then known)
 * @param negated true when a negation governs the phrase's predicate
 * @param negation why, in words ("'never' advmod of 'said'", "double negation 'not' + 'stop'",
 *     "no negation governs 'die'")
 * @param subject who the subject of the predicate is
 * @param subjectNote how the subject was found ("nsubj 'she' of 'wants'", "reflexive 'myself'")
 * @param conditional true when the predicate sits under an "if" ("if i died would anyone care"); noted only
 */
public record Reading(boolean parsed, boolean negated, String negation, Person subject, String subjectNote,
                      boolean conditional) {
    /** Nothing parsed. */
    public static final Reading UNPARSED = new Reading(false, false, "not parsed", Person.NONE, "", false);

    /** Validates. */
    public Reading {
        requireNonNull(negation, "negation");
        requireNonNull(subject, "subject");
        requireNonNull(subjectNote, "subjectNote");
    }
}
