package org.stepin.core.lexicon;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stepin.core.text.Analyzer;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * Reads a {@link WordList}: {@code word} or {@code word | person} a line. Each word goes through the analysis
 * chain as a message's words do and must come out as exactly one word; its normalised form is what the list
 * holds. Rejects a line that normalises to no word or to more than one token, an unknown person, a duplicate (same word
 * after normalisation) and a list without entries, naming file, line and entry. Stateless.
 */
final class WordListParser {
    private WordListParser() {
    }

    /**
     * The words of {@code list}, normalised by {@code analyzer}.
     *
     * @throws LexiconFormatException naming the file, line and entry at fault
     */
    static WordSet parse(LexiconFiles files, WordList list, Analyzer analyzer) {
        Map<String, String> persons = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LexiconLine line : files.lines(list.path())) {
            int fieldCount = list.withPerson() ? 2 : 1;
            String[] fields = line.fields(fieldCount, fieldCount);
            String word = normalised(analyzer, line, fields[0]);
            String person = list.withPerson() ? fields[1] : "";
            if (list.withPerson() && !WordList.PERSONS.contains(person)) {
                throw line.error("unknown person '" + person + "' (known: " + WordList.PERSONS + ")");
            }
            Integer earlier = seen.putIfAbsent(word, line.number());
            if (earlier != null) {
                throw line.error("duplicate of line " + earlier + " (same word after normalisation: '" + word + "')");
            }
            persons.put(word, person);
        }
        if (persons.isEmpty()) {
            throw new LexiconFormatException(list.path(), 0, null, "no entries");
        }
        return new WordSet(list, persons);
    }

    /** The one word {@code text} becomes in a message. */
    private static String normalised(Analyzer analyzer, LexiconLine line, String text) {
        List<Token> tokens = analyzer.analyze(text).tokens();
        if (tokens.stream().noneMatch(token -> token.kind() == TokenKind.WORD)) {
            throw line.error("has no words after normalisation");
        }
        if (tokens.size() != 1) {
            String forms = tokens.stream().map(Token::form).collect(Collectors.joining(" "));
            throw line.error("must be one word after normalisation, got '" + forms + "'");
        }
        return tokens.get(0).form();
    }
}
