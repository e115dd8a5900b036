package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepin.core.text.Analyzer;

/**
 * A loaded, checked and frozen set of lexicons: every entry of every list, the deep tier's word lists, the
 * analysis chain built from the slang, emoji and lemma tables, and the version. Immutable and thread-safe.
 */
public final class Lexicon {
    private final LexiconVersion version;
    private final Analyzer analyzer;
    private final List<LexiconEntry> entries;
    private final Map<EntryList, List<LexiconEntry>> byList;
    private final Set<String> identityTerms;
    private final Map<WordList, WordSet> words;

    Lexicon(LexiconVersion version, Analyzer analyzer, List<LexiconEntry> entries, Set<String> identityTerms,
            Map<WordList, WordSet> words) {
        this.version = requireNonNull(version, "version");
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.entries = List.copyOf(entries);
        this.identityTerms = Set.copyOf(identityTerms);
        this.words = Map.copyOf(words);
        for (WordList list : WordList.values()) {
            if (!this.words.containsKey(list)) {
                throw new IllegalArgumentException("word list missing: " + list.id());
            }
        }
        Map<EntryList, List<LexiconEntry>> grouped = new HashMap<>();
        for (LexiconEntry entry : this.entries) {
            grouped.computeIfAbsent(entry.list(), list -> new ArrayList<>()).add(entry);
        }
        grouped.replaceAll((list, items) -> List.copyOf(items));
        this.byList = Map.copyOf(grouped);
    }

    /** Loads the lexicons packaged with the application. */
    public static Lexicon packaged() {
        return new LexiconLoader(LexiconSource.packaged()).load();
    }

    /** The version of this lexicon. */
    public LexiconVersion version() {
        return version;
    }

    /** The analysis chain messages must go through to be matched against this lexicon. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The identity words ({@code context/identity_terms.txt}) that must never raise risk: no category entry
     * is made of them alone, and the classifier is trained without them.
     */
    public Set<String> identityTerms() {
        return identityTerms;
    }

    /** All entries, in file order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The entries of one list. */
    public List<LexiconEntry> entries(EntryList list) {
        return byList.getOrDefault(list, List.of());
    }

    /** The words of one of the deep tier's word lists. */
    public WordSet words(WordList list) {
        return words.get(list);
    }
}
