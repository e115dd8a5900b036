package org.stepin.core.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.EmojiTable;
import org.stepin.core.text.Vocabulary;

/**
 * The tables of {@code normalise/} that build the analysis chain, read and checked: emoji names, slang
 * expansions (keys and expansions analysed by a chain with the emoji alone) and irregular lemmas.
 * Immutable once read.
 *
 * @param emoji emoji code points and their names
 * @param slang single-word slang and its expansion, in file order
 * @param lemmas irregular word forms and their lemmas
 */
record NormaliseTables(EmojiTable emoji, Map<String, List<String>> slang, Map<String, String> lemmas) {
    /** Copies the maps. */
    NormaliseTables {
        slang = Collections.unmodifiableMap(new LinkedHashMap<>(slang));
        lemmas = Map.copyOf(lemmas);
    }

    /**
     * Reads the three tables; the chain that analyses slang caps text at these sizes.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    static NormaliseTables read(LexiconFiles files, int maxChars, int maxTokens) {
        EmojiTable emoji = emoji(files);
        return new NormaliseTables(emoji, slang(files, emoji, maxChars, maxTokens), lemmas(files));
    }

    private static EmojiTable emoji(LexiconFiles files) {
        Map<Integer, String> names = new HashMap<>();
        for (LexiconLine line : files.lines(LexiconLoader.EMOJI)) {
            String[] fields = line.fields(2, 2);
            String symbol = fields[0].replace("\uFE0F", "");
            if (symbol.codePointCount(0, symbol.length()) != 1) {
                throw line.error("emoji must be a single code point (no sequences or skin tones)");
            }
            if (!fields[1].matches("[a-z][a-z_]*")) {
                throw line.error("emoji name must be lowercase letters and underscores");
            }
            if (names.put(symbol.codePointAt(0), fields[1]) != null) {
                throw line.error("duplicate emoji");
            }
        }
        return EmojiTable.of(names);
    }

    private static Map<String, List<String>> slang(LexiconFiles files, EmojiTable emoji, int maxChars,
                                                   int maxTokens) {
        Analyzer plain = Analyzer.create(emoji, Map.of(), Map.of(), Vocabulary.empty(), maxChars, maxTokens);
        Map<String, List<String>> slang = new LinkedHashMap<>();
        for (LexiconLine line : files.lines(LexiconLoader.SLANG)) {
            String[] fields = line.fields(2, 2);
            List<String> key = plain.lemmas(fields[0]);
            List<String> expansion = plain.lemmas(fields[1]);
            if (key.size() != 1) {
                throw line.error("slang must be a single word, got " + key.size());
            }
            if (expansion.isEmpty()) {
                throw line.error("expansion has no words");
            }
            if (slang.put(key.get(0), expansion) != null) {
                throw line.error("duplicate slang '" + key.get(0) + "'");
            }
        }
        return slang;
    }

    private static Map<String, String> lemmas(LexiconFiles files) {
        Map<String, String> pairs = new HashMap<>();
        for (LexiconLine line : files.lines(LexiconLoader.LEMMAS)) {
            String[] fields = line.fields(2, 2);
            if (!fields[0].matches("[a-z']+") || !fields[1].matches("[a-z']+")) {
                throw line.error("both fields must be one lowercase word");
            }
            if (pairs.put(fields[0], fields[1]) != null) {
                throw line.error("duplicate form '" + fields[0] + "'");
            }
        }
        return pairs;
    }
}
