package org.stepin.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.Vocabulary;

/**
 * The analysis chain and every category and cue entry analysed through it, in two passes: a first chain
 * without vocabulary finds every lemma any phrase uses, the real chain is built on that vocabulary and
 * analyses the phrases again, as messages will be. Rejects a phrase with no words, a duplicate within a list
 * (same words after normalisation) and a category entry made only of identity and function words. Immutable.
 *
 * @param analyzer the chain messages go through
 * @param entries the analysed entries, in the order given
 */
record AnalysedEntries(Analyzer analyzer, List<LexiconEntry> entries) {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i", "am", "a", "an", "the", "is", "are", "be", "being", "was", "my", "me", "so", "very", "really",
            "proud", "to", "and", "or", "of", "as", "person", "people", "kid", "girl", "boy");

    /** Copies the list. */
    AnalysedEntries {
        entries = List.copyOf(entries);
    }

    /**
     * Builds the chain from {@code tables} and the phrases of {@code raw}, then analyses and checks each entry.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    static AnalysedEntries of(NormaliseTables tables, List<RawEntry> raw, Set<String> identityTerms, int maxChars,
                              int maxTokens) {
        Analyzer firstPass = Analyzer.create(tables.emoji(), tables.slang(), tables.lemmas(), Vocabulary.empty(),
                maxChars, maxTokens);
        Set<String> words = new HashSet<>(tables.lemmas().values());
        for (RawEntry entry : raw) {
            words.addAll(phraseLemmas(firstPass, entry));
        }
        Analyzer analyzer = Analyzer.create(tables.emoji(), tables.slang(), tables.lemmas(), Vocabulary.of(words),
                maxChars, maxTokens);

        List<LexiconEntry> entries = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (RawEntry entry : raw) {
            List<String> entryLemmas = phraseLemmas(analyzer, entry);
            if (entryLemmas.isEmpty() || entryLemmas.equals(List.of(Placeholder.MANY))) {
                throw entry.error("phrase has no words after normalisation");
            }
            String key = entry.list().id() + "\u0000" + String.join(" ", entryLemmas);
            Integer earlier = seen.putIfAbsent(key, entry.line());
            if (earlier != null) {
                throw entry.error("duplicate of line " + earlier + " (same words after normalisation: '"
                        + String.join(" ", entryLemmas) + "')");
            }
            if (entry.list() instanceof Category && isIdentityOnly(entryLemmas, identityTerms)) {
                throw entry.error("identity words must never be a risk entry on their own");
            }
            int gap = entry.tags().contains(Tag.EXACT) ? 0 : entry.list().defaultGap();
            entries.add(new LexiconEntry(entry.list(), entry.phrase(), entryLemmas, entry.weight(), entry.tags(),
                    gap, entry.file(), entry.line()));
        }
        return new AnalysedEntries(analyzer, entries);
    }

    /**
     * The lemmas of an entry's phrase: each stretch of words goes through the analysis chain as a message
     * would, and a {@link Placeholder#MANY} between them stays itself.
     */
    private static List<String> phraseLemmas(Analyzer analyzer, RawEntry entry) {
        List<String> lemmas = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (String word : entry.phrase().split(" ")) {
            if (word.equals(Placeholder.MANY)) {
                lemmas.addAll(analyzer.lemmas(words.toString()));
                lemmas.add(Placeholder.MANY);
                words.setLength(0);
            } else if (word.indexOf('{') >= 0 || word.indexOf('}') >= 0) {
                throw entry.error("unknown placeholder '" + word + "': the only one is " + Placeholder.MANY);
            } else {
                words.append(word).append(' ');
            }
        }
        lemmas.addAll(analyzer.lemmas(words.toString()));
        return lemmas;
    }

    private static boolean isIdentityOnly(List<String> lemmas, Set<String> identityTerms) {
        boolean anyIdentity = false;
        for (String lemma : lemmas) {
            if (identityTerms.contains(lemma)) {
                anyIdentity = true;
            } else if (!FUNCTION_WORDS.contains(lemma)) {
                return false;
            }
        }
        return anyIdentity;
    }
}
