package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

/**
 * Whose state the parse says one risk phrase describes, with the words that decided it. Immutable; the
 * evidence's words for it are written by {@link ReviewNote}.
 */
public sealed interface SubjectReading {
    /** The subject's person. */
    Person person();

    /**
     * A reflexive inside the phrase decides ("kill [herself]").
     *
     * @param word the reflexive
     * @param person its person
     */
    record Reflexive(String word, Person person) implements SubjectReading {
        public Reflexive {
            requireNonNull(word, "word");
            requireNonNull(person, "person");
        }
    }

    /**
     * The phrase holds a first-person cue ("they do not want to be around [me]"): the young person's own.
     *
     * @param cue the cue's phrase
     */
    record OwnWord(String cue) implements SubjectReading {
        public OwnWord {
            requireNonNull(cue, "cue");
        }

        @Override
        public Person person() {
            return Person.FIRST;
        }
    }

    /**
     * The grammatical subject of the predicate, of a verb it is an {@code xcomp} or {@code conj} of, or the
     * object that controls that {@code xcomp} ("she makes [me] want to die").
     *
     * @param relation the subject's relation to {@code head} ({@code nsubj}, {@code obj} ...)
     * @param word the subject
     * @param head the verb it belongs to
     * @param person its person
     */
    record Grammatical(String relation, String word, String head, Person person) implements SubjectReading {
        public Grammatical {
            requireNonNull(relation, "relation");
            requireNonNull(word, "word");
            requireNonNull(head, "head");
            requireNonNull(person, "person");
        }
    }

    /**
     * The parse names no subject ("wanna die fr"): {@link Person#NONE}.
     *
     * @param predicate the phrase's predicate
     */
    record Absent(String predicate) implements SubjectReading {
        public Absent {
            requireNonNull(predicate, "predicate");
        }

        @Override
        public Person person() {
            return Person.NONE;
        }
    }
}
