package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A frozen map from words to values over {@link WordIds}, for the analysis chain's look-ups of every token
 * (slang forms, irregular forms), most of which miss. Null keys and values are rejected, as by
 * {@code Map.copyOf}. Immutable and thread-safe when the values are.
 *
 * @param <V> the value type
 */
final class WordMap<V> {
    private final WordIds words;
    private final List<V> values;

    private WordMap(WordIds words, List<V> values) {
        this.words = words;
        this.values = values;
    }

    static <V> WordMap<V> of(Map<String, V> map) {
        List<String> keys = new ArrayList<>(map.size());
        List<V> values = new ArrayList<>(map.size());
        map.forEach((key, value) -> {
            keys.add(requireNonNull(key, "key"));
            values.add(requireNonNull(value, "value"));
        });
        return new WordMap<>(WordIds.of(keys), List.copyOf(values));
    }

    /** The value of {@code word}, or null. */
    V get(String word) {
        int id = words.id(word);
        return id == WordIds.ABSENT ? null : values.get(id);
    }

    /** Number of entries. */
    int size() {
        return values.size();
    }
}
