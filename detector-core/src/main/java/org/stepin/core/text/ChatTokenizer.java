package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised chat text into tokens, a rule tokenizer in the speed class of OpenNLP's
 * {@code SimpleTokenizer} but made for chat: words are letters, digits and underscores with inner
 * apostrophes ({@code don't}); {@code emoji_*} words become {@link TokenKind#EMOJI};
 * {@code . ! ? ;} and line breaks end a sentence ({@link TokenKind#BREAK}, repeated marks give one
 * token; a dot between two letters or digits, as in a handle or "3.5", only separates);
 * {@code , : ...} and dashes between spaces are {@link TokenKind#PAUSE}; everything else
 * (hashes, asterisks, quotes, brackets) only separates. Offsets are mapped back to the original.
 * Stateless and thread-safe.
 */
public final class ChatTokenizer {
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private final int maxTokens;
    private final Vocabulary vocabulary;

    /** A tokenizer that keeps at most {@code maxTokens} tokens of a message. */
    public ChatTokenizer(int maxTokens) {
        this(maxTokens, Vocabulary.empty());
    }

    /**
     * A tokenizer that keeps at most {@code maxTokens} tokens of a message and gives a word the vocabulary knows
     * the vocabulary's own string (found from the chars, like Lucene's {@code CharArraySet}), not a new one.
     */
    public ChatTokenizer(int maxTokens, Vocabulary vocabulary) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
        }
        this.maxTokens = maxTokens;
        this.vocabulary = requireNonNull(vocabulary, "vocabulary");
    }

    /** Tokens of {@code text}, at most {@link #maxTokens()} of them, in a new mutable list (the filters' own). */
    public List<Token> tokenize(NormalizedText text) {
        List<Token> tokens = new ArrayList<>(Math.min(64, text.length() / 3 + 4));
        int n = text.length();
        int i = 0;
        while (i < n && tokens.size() < maxTokens) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                boolean elongated = false;
                while (i < n && (isWordChar(text.charAt(i)) || isInnerApostrophe(text, i))) {
                    elongated |= text.squeezedAt(i);
                    i++;
                }
                String known = vocabulary.find(text, start, i, WordIds.NO_SUFFIX);
                String word = known != null ? known : text.substring(start, i);
                TokenKind kind = word.startsWith(EmojiTable.TOKEN_PREFIX) ? TokenKind.EMOJI : TokenKind.WORD;
                tokens.add(Token.of(word, text.originalStart(start), text.originalEnd(i - 1), kind, elongated));
            } else if (isInnerDot(text, i)) {
                i++;
            } else if (isBreak(c)) {
                int start = i;
                while (i < n && (isBreak(text.charAt(i)) || text.charAt(i) == ' ' && i + 1 < n
                        && isBreak(text.charAt(i + 1)))) {
                    i++;
                }
                int end = i;
                if (c == '.' && end - start >= 2) {
                    tokens.add(punctuation("\u2026", text, start, end, TokenKind.PAUSE));
                } else {
                    String form = end - start == 1 ? oneChar(c) : text.substring(start, end).replace(" ", "");
                    tokens.add(punctuation(form, text, start, end, TokenKind.BREAK));
                }
            } else if (isPause(text, i)) {
                tokens.add(punctuation(oneChar(c), text, i, i + 1, TokenKind.PAUSE));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    public int maxTokens() {
        return maxTokens;
    }

    private static Token punctuation(String form, NormalizedText text, int start, int end, TokenKind kind) {
        return Token.of(form, text.originalStart(start), text.originalEnd(end - 1), kind, false);
    }

    /** A one-char form: shared for ASCII marks, so punctuation tokens build no strings. */
    private static String oneChar(char c) {
        return c < ONE_CHAR.length ? ONE_CHAR[c] : String.valueOf(c);
    }

    private static boolean isWordChar(char c) {
        return CharClass.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isInnerApostrophe(NormalizedText text, int i) {
        return text.charAt(i) == '\'' && i > 0 && i + 1 < text.length()
                && CharClass.isLetterOrDigit(text.charAt(i - 1)) && CharClass.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A single dot between two letters or digits ("dan.outside.work", "3.5"): it only separates. */
    private static boolean isInnerDot(NormalizedText text, int i) {
        return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
                && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    private static boolean isPause(NormalizedText text, int i) {
        char c = text.charAt(i);
        if (c == ',' || c == ':' || c == '\u2026') {
            return true;
        }
        if (c == '-') {
            boolean spaceBefore = i == 0 || text.charAt(i - 1) == ' ';
            boolean spaceAfter = i + 1 >= text.length() || text.charAt(i + 1) == ' ';
            return spaceBefore && spaceAfter;
        }
        return false;
    }
}
