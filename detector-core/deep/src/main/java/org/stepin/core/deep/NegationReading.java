package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

/**
 * What the parse says about negation over one risk phrase, with the words that decided it. Immutable; the
 * evidence's words for it are written by {@link ReviewNote}.
 */
public sealed interface NegationReading {
    /** True when a negation governs the phrase. */
    boolean negated();

    /**
     * A negation governs the phrase: a negation word or a negative subject hangs on a word of it or above it.
     *
     * @param negator the negating words ("never", "no one", "nobody")
     * @param relation the negator's relation to {@code head} ({@code advmod}, {@code neg}, {@code det},
     *     {@code nsubj} ...)
     * @param head the word it hangs on ("said" in "i never said i wanted to die")
     */
    record Negator(String negator, String relation, String head) implements NegationReading {
        public Negator {
            requireNonNull(negator, "negator");
            requireNonNull(relation, "relation");
            requireNonNull(head, "head");
        }

        @Override
        public boolean negated() {
            return true;
        }
    }

    /**
     * The phrase hangs on a negative noun as a reduced clause ("no one [bullying me]"): negated.
     *
     * @param negator the negative noun's words ("no one", "nobody")
     * @param relation the relation of {@code clause} to it ({@code acl} or {@code dep})
     * @param clause the phrase's word that hangs on it
     */
    record NegativeHead(String negator, String relation, String clause) implements NegationReading {
        public NegativeHead {
            requireNonNull(negator, "negator");
            requireNonNull(relation, "relation");
            requireNonNull(clause, "clause");
        }

        @Override
        public boolean negated() {
            return true;
        }
    }

    /**
     * A negated verb of going on ("can not [stop] cutting"): the act goes on, not negated.
     *
     * @param negator the negation word
     * @param verb the verb of going on it negates
     */
    record DoubleNegation(String negator, String verb) implements NegationReading {
        public DoubleNegation {
            requireNonNull(negator, "negator");
            requireNonNull(verb, "verb");
        }

        @Override
        public boolean negated() {
            return false;
        }
    }

    /**
     * A negated ability or courage ("i will never be [able] to end myself"): the wish stands, not negated.
     *
     * @param negator the negation word
     * @param ability the word of ability it negates
     */
    record NegatedAbility(String negator, String ability) implements NegationReading {
        public NegatedAbility {
            requireNonNull(negator, "negator");
            requireNonNull(ability, "ability");
        }

        @Override
        public boolean negated() {
            return false;
        }
    }

    /**
     * The phrase is a cause ("because of the [bullying]"), which no negation above it reaches: not negated.
     *
     * @param noun the phrase's noun
     * @param marker the word that makes it a cause ("because")
     */
    record Cause(String noun, String marker) implements NegationReading {
        public Cause {
            requireNonNull(noun, "noun");
            requireNonNull(marker, "marker");
        }

        @Override
        public boolean negated() {
            return false;
        }
    }

    /**
     * No negation reaches the phrase: not negated.
     *
     * @param predicate the phrase's predicate, where the search started
     */
    record Ungoverned(String predicate) implements NegationReading {
        public Ungoverned {
            requireNonNull(predicate, "predicate");
        }

        @Override
        public boolean negated() {
            return false;
        }
    }
}
