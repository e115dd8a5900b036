package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The analysis chain, wired in one place (like Lucene's {@code Analyzer.createComponents}):
 * normalise, tokenise, join spaced-out letters, resolve elongations, expand slang, lemmatise.
 * Messages and lexicon phrases both go through it, so they always agree on what a word is.
 * Immutable and thread-safe.
 */
public final class Analyzer {
    /** Default cap on tokens per message. */
    public static final int DEFAULT_MAX_TOKENS = 512;

    private final TextNormalizer normalizer;
    private final ChatTokenizer tokenizer;
    private final TokenFilter[] filters;

    private Analyzer(TextNormalizer normalizer, ChatTokenizer tokenizer, List<TokenFilter> filters) {
        this.normalizer = normalizer;
        this.tokenizer = tokenizer;
        this.filters = filters.toArray(new TokenFilter[0]);
    }

    /**
     * The standard chain.
     *
     * @param emoji emoji code points and their names
     * @param slang single-token slang and its expansion
     * @param irregularLemmas irregular word forms and their lemmas
     * @param vocabulary the lexicon words filters may rewrite towards
     * @param maxChars cap on analysed chars per message
     * @param maxTokens cap on tokens per message
     */
    public static Analyzer create(EmojiTable emoji, Map<String, List<String>> slang,
                                  Map<String, String> irregularLemmas, Vocabulary vocabulary,
                                  int maxChars, int maxTokens) {
        requireNonNull(vocabulary, "vocabulary");
        return new Analyzer(
                new TextNormalizer(emoji, maxChars),
                new ChatTokenizer(maxTokens, vocabulary),
                List.of(
                        new SpacedLetterJoiner(vocabulary),
                        new ElongationResolver(vocabulary),
                        new SlangExpander(slang),
                        new Lemmatizer(irregularLemmas, vocabulary)));
    }

    /** Runs the chain over {@code text}. Never throws on any string. */
    public AnalyzedText analyze(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Token> tokens = tokenizer.tokenize(normalized);
        boolean truncated = normalized.truncated() || tokens.size() >= tokenizer.maxTokens();
        for (TokenFilter filter : filters) {
            filter.apply(tokens);
        }
        return new AnalyzedText(text, tokens, truncated);
    }

    /** The lemmas of the word and emoji tokens of {@code phrase}, for building lexicon entries. */
    public List<String> lemmas(String phrase) {
        return analyze(phrase).tokens().stream()
                .filter(token -> token.kind().isWordLike())
                .map(Token::lemma)
                .toList();
    }
}
