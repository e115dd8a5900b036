package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Finishes what the normaliser started on elongated words: it squeezed runs of three or more letters
 * to two ({@code diiiie -> diie}, {@code killlll -> kill}); here a token that was squeezed and is not
 * a lexicon word tries its doubled letters as single ones and takes the first spelling the
 * vocabulary knows ({@code diie -> die}). Tokens that were never elongated are left alone, so
 * ordinary double letters ({@code too}, {@code sleep}) never change.
 */
public final class ElongationResolver implements TokenFilter {
    private static final int MAX_DOUBLES = 5;

    private final Vocabulary vocabulary;

    /** A resolver that checks spellings against this vocabulary. */
    public ElongationResolver(Vocabulary vocabulary) {
        this.vocabulary = requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public void apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String resolved = token.elongated() ? resolve(token.form()) : null;
            if (resolved != null) {
                tokens.set(i, token.withForm(resolved));
            }
        }
    }

    /** A vocabulary spelling of {@code form} with some doubles made single, or null. */
    private String resolve(String form) {
        if (vocabulary.contains(form)) {
            return null;
        }
        int[] doubles = new int[MAX_DOUBLES];
        int count = 0;
        for (int i = 1; i < form.length() && count < MAX_DOUBLES; i++) {
            if (form.charAt(i) == form.charAt(i - 1) && CharClass.isLetter(form.charAt(i))) {
                doubles[count++] = i;
            }
        }
        for (int mask = 1; mask < 1 << count; mask++) {
            StringBuilder candidate = new StringBuilder(form.length());
            int next = 0;
            for (int i = 0; i < form.length(); i++) {
                if (next < count && doubles[next] == i) {
                    next++;
                    if ((mask & 1 << next - 1) != 0) {
                        continue;
                    }
                }
                candidate.append(form.charAt(i));
            }
            String spelling = candidate.toString();
            if (vocabulary.contains(spelling)) {
                return spelling;
            }
        }
        return null;
    }
}
