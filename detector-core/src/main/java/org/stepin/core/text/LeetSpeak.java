package org.stepin.core.text;

/**
 * Undoes leetspeak inside words, in place: {@code k1ll -> kill}, {@code mys3lf -> myself},
 * {@code d!e -> die}, {@code h3ll0 -> hello}. A substitute is replaced only between two letters of the
 * same run, or at the edge of a run that has at least three letters and another substitution inside;
 * numbers and times ({@code 15}, {@code 3am}, {@code 2nd}) stay as they are. Char-for-char, so offsets
 * do not move.
 */
final class LeetSpeak {
    private LeetSpeak() {
    }

    static void undo(char[] chars, int length) {
        int i = 0;
        while (i < length) {
            if (!isRunChar(chars[i])) {
                i++;
                continue;
            }
            int runStart = i;
            boolean substitutes = false;
            while (i < length && isRunChar(chars[i])) {
                substitutes |= plain(chars[i]) != 0;
                i++;
            }
            if (substitutes) {
                undoRun(chars, runStart, i);
            }
        }
    }

    /** Undoes one run; a run without any substitute is left as it is, so callers may skip it. */
    private static void undoRun(char[] chars, int from, int to) {
        int first = -1;
        int last = -1;
        int letters = 0;
        for (int k = from; k < to; k++) {
            if (CharClass.isLetter(chars[k])) {
                letters++;
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        if (first < 0 || first == last) {
            return;
        }
        int replaced = 0;
        for (int k = first + 1; k < last; k++) {
            char plain = plain(chars[k]);
            if (plain != 0) {
                chars[k] = plain;
                replaced++;
            }
        }
        if (replaced > 0 && letters >= 3) {
            if (first == from + 1 && plain(chars[from]) != 0 && chars[from] != '@') {
                chars[from] = plain(chars[from]);
            }
            if (last == to - 2 && plain(chars[to - 1]) != 0) {
                chars[to - 1] = plain(chars[to - 1]);
            }
        }
    }

    private static boolean isRunChar(char c) {
        return CharClass.isLetterOrDigit(c) || plain(c) != 0 || c == '\'';
    }

    /** The letter a substitute stands for, or 0. */
    static char plain(char c) {
        switch (c) {
            case '0':
                return 'o';
            case '1': case '!':
                return 'i';
            case '3':
                return 'e';
            case '4': case '@':
                return 'a';
            case '5': case '$':
                return 's';
            case '7': case '+':
                return 't';
            default:
                return 0;
        }
    }
}
