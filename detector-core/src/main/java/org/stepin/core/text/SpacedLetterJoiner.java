package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins words spelled out letter by letter ({@code k i l l  m y s e l f}, {@code d.i.e}) back into
 * words. A run of at least three single-letter words (separated by spaces, dots or dashes) is
 * joined; the joined string becomes one token if it is a lexicon word, or the shortest split into
 * lexicon words of two or more letters, or {@code i}/{@code a} ({@code killmyself -> kill myself});
 * otherwise the run is left alone ({@code u r a ...}). Each new token spans the letters it was made of.
 */
public final class SpacedLetterJoiner implements TokenFilter {
    private static final int MIN_RUN = 3;
    private static final int MAX_JOINED = 40;

    private final Vocabulary vocabulary;

    /** A joiner that splits joined letters into words of this vocabulary. */
    public SpacedLetterJoiner(Vocabulary vocabulary) {
        this.vocabulary = requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public void apply(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            int runEnd = runEnd(tokens, i);
            int letters = countLetters(tokens, i, runEnd);
            List<Token> joined = letters >= MIN_RUN ? join(tokens, i, runEnd) : null;
            if (joined != null) {
                List<Token> run = tokens.subList(i, runEnd);
                run.clear();
                run.addAll(joined);
                i += joined.size();
            } else {
                i++;
            }
        }
    }

    /** End (exclusive) of the run of single letters starting at {@code from}; {@code from} if none. */
    private static int runEnd(List<Token> tokens, int from) {
        int end = from;
        int i = from;
        while (i < tokens.size() && isSingleLetter(tokens.get(i))) {
            end = i + 1;
            i++;
            if (i < tokens.size() && tokens.get(i).kind() == TokenKind.BREAK && tokens.get(i).form().equals(".")
                    && i + 1 < tokens.size() && isSingleLetter(tokens.get(i + 1))) {
                i++;
            }
        }
        return end;
    }

    private static int countLetters(List<Token> tokens, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == TokenKind.WORD) {
                count++;
            }
        }
        return count;
    }

    private static boolean isSingleLetter(Token token) {
        return token.kind() == TokenKind.WORD && token.form().length() == 1
                && CharClass.isLetter(token.form().charAt(0));
    }

    private List<Token> join(List<Token> tokens, int from, int to) {
        StringBuilder joined = new StringBuilder();
        List<Token> letters = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.WORD) {
                joined.append(token.form());
                letters.add(token);
            }
        }
        if (joined.length() > MAX_JOINED) {
            return null;
        }
        int[] cuts = split(joined.toString());
        if (cuts == null) {
            return null;
        }
        List<Token> words = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            Token first = letters.get(start);
            Token last = letters.get(cut - 1);
            words.add(Token.of(joined.substring(start, cut), first.start(), last.end(), TokenKind.WORD, false));
            start = cut;
        }
        return words;
    }

    private static boolean isOneLetterWord(char c) {
        return c == 'i' || c == 'a';
    }

    /** Cut points (exclusive ends) of the split into fewest vocabulary words, or null. */
    private int[] split(String letters) {
        int n = letters.length();
        int[] best = new int[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (best[start] == Integer.MAX_VALUE || end - start < 2 && !isOneLetterWord(letters.charAt(start))) {
                    continue;
                }
                if (vocabulary.contains(letters.substring(start, end)) && best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    previous[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        int[] cuts = new int[best[n]];
        for (int end = n, k = cuts.length - 1; end > 0; end = previous[end], k--) {
            cuts[k] = end;
        }
        return cuts;
    }
}
