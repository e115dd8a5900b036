package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one {@link WordList}, normalised as a message's words are, each with its person when the list
 * carries one. Immutable and thread-safe.
 */
public final class WordSet {
    private final WordList list;
    private final Map<String, String> persons;

    /**
     * The words of {@code list}, in file order, each mapped to its person ({@code ""} when the list carries
     * none).
     */
    WordSet(WordList list, Map<String, String> persons) {
        this.list = requireNonNull(list, "list");
        this.persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
    }

    /** The list the words come from. */
    public WordList list() {
        return list;
    }

    /** True when {@code word} (a normalised word form) is on the list. */
    public boolean contains(String word) {
        return persons.containsKey(word);
    }

    /** The words, in file order. */
    public Set<String> words() {
        return persons.keySet();
    }

    /** The person written beside {@code word} (one of {@link WordList#PERSONS}); empty when not on the list. */
    public Optional<String> person(String word) {
        String person = persons.get(word);
        return person == null || person.isEmpty() ? Optional.empty() : Optional.of(person);
    }
}
