package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

/**
 * What the dependency parse says about one risk phrase. Immutable.
 *
 * @param negation whether a negation governs the phrase's predicate, and why
 * @param subject who the subject of the predicate is, and how it was found
 * @param conditionalMark the subordinator that makes the predicate a condition ("if" in "if i died would anyone
 *     care"), or {@code ""}; noted only
 */
public record Reading(NegationReading negation, SubjectReading subject, String conditionalMark) {
    public Reading {
        requireNonNull(negation, "negation");
        requireNonNull(subject, "subject");
        requireNonNull(conditionalMark, "conditionalMark");
    }

    /** True when a negation governs the phrase's predicate. */
    public boolean negated() {
        return negation.negated();
    }

    /** The person of the phrase's subject. */
    public Person person() {
        return subject.person();
    }

    /** True when the predicate sits under a conditional subordinator. */
    public boolean conditional() {
        return !conditionalMark.isEmpty();
    }
}
