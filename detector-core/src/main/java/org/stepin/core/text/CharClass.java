package org.stepin.core.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} with a table for ASCII, the
 * case the analysis chain meets on almost every char: the same answers, filled from {@link Character}
 * itself, without its per-call Unicode property look-up. Stateless.
 */
final class CharClass {
    private static final int ASCII = 128;
    private static final boolean[] LETTER = new boolean[ASCII];
    private static final boolean[] LETTER_OR_DIGIT = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            LETTER[c] = Character.isLetter(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private CharClass() {
    }

    /** Same as {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return c < ASCII ? LETTER[c] : Character.isLetter(c);
    }

    /** Same as {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return c < ASCII ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }
}
