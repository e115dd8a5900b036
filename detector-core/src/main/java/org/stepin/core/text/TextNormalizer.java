package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * First stage of the chain: folds a raw chat message into plain lowercase text while keeping, for
 * every output char, the span of the original it came from.
 *
 * <p>In one pass over code points it drops zero-width and format characters, variation selectors,
 * skin-tone modifiers and combining marks; turns emoji into {@code emoji_<name>} tokens; applies
 * NFKD compatibility folding (full-width and styled letters), accent stripping, common Cyrillic and
 * Greek look-alikes and {@link Character#toLowerCase(int)} (locale-independent); unifies apostrophes
 * and squeezes runs of three or more equal letters to two ({@code diiiie -> diie}, resolved later
 * against the vocabulary). A second pass undoes leetspeak inside words ({@code k1ll, mys3lf, d!e})
 * without touching numbers ({@code 3am, 15}). Input beyond {@link #maxChars()} is not analysed and
 * the result says it was truncated.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
    /** Default cap on analysed input, in UTF-16 chars. */
    public static final int DEFAULT_MAX_CHARS = 4_096;

    private final EmojiTable emoji;
    private final int maxChars;

    /** A normaliser with this emoji table and input cap. */
    public TextNormalizer(EmojiTable emoji, int maxChars) {
        this.emoji = requireNonNull(emoji, "emoji");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The input cap in UTF-16 chars. */
    public int maxChars() {
        return maxChars;
    }

    /** Normalises {@code original}. Never throws on any string. */
    public NormalizedText normalize(String original) {
        requireNonNull(original, "original");
        int limit = Math.min(original.length(), maxChars);
        if (limit < original.length() && Character.isHighSurrogate(original.charAt(limit - 1))) {
            limit--;
        }
        Output out = new Output(limit + 16);
        int i = 0;
        while (i < limit) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            fold(codePoint, i, next, out);
            i = next;
        }
        LeetSpeak.undo(out.chars, out.length);
        return new NormalizedText(original, out.chars, out.length, out.starts, out.ends, out.squeezed,
                limit < original.length());
    }

    private void fold(int codePoint, int start, int end, Output out) {
        if (codePoint < 0x80) {
            out.appendFolded(asciiFold((char) codePoint), start, end);
            return;
        }
        if (isInvisible(codePoint)) {
            return;
        }
        String emojiToken = emoji.tokenFor(codePoint);
        if (emojiToken != null) {
            out.appendSeparated(emojiToken, start, end);
            return;
        }
        char simple = simpleFold(codePoint);
        if (simple != 0) {
            out.appendFolded(simple, start, end);
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        int j = 0;
        while (j < decomposed.length()) {
            int part = decomposed.codePointAt(j);
            j += Character.charCount(part);
            if (Character.getType(part) == Character.NON_SPACING_MARK || isInvisible(part)) {
                continue;
            }
            int lower = Character.toLowerCase(part);
            if (lower < 0x80) {
                out.appendFolded(asciiFold((char) lower), start, end);
            } else if (Character.isLetterOrDigit(lower)) {
                char[] chars = Character.toChars(lower);
                for (char c : chars) {
                    out.appendRaw(c, start, end);
                }
            } else if (Character.isWhitespace(lower) || Character.isSpaceChar(lower)) {
                out.appendFolded(' ', start, end);
            } else {
                out.appendFolded(' ', start, end);
            }
        }
    }

    private static char asciiFold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c == '\t' || c == '\r') {
            return ' ';
        }
        return c;
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL && codePoint != '\n'
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF
                || codePoint >= 0xE0000 && codePoint <= 0xE007F;
    }

    /** Apostrophes, dashes, spaces and look-alike letters that NFKD leaves alone; 0 when none applies. */
    private static char simpleFold(int codePoint) {
        switch (codePoint) {
            case 0x2018: case 0x2019: case 0x02BC: case 0x2032: case 0x00B4: case 0xFF07:
                return '\'';
            case 0x2013: case 0x2014: case 0x2212:
                return '-';
            case 0x2026:
                return '\u2026';
            case 0x00A0: case 0x2028: case 0x2029: case 0x3000:
                return ' ';
            case 0x0430: case 0x03B1: case 0x0410: case 0x0391:
                return 'a';
            case 0x0435: case 0x0415: case 0x03B5: case 0x0395:
                return 'e';
            case 0x043E: case 0x041E: case 0x03BF: case 0x039F:
                return 'o';
            case 0x0440: case 0x0420: case 0x03C1: case 0x03A1:
                return 'p';
            case 0x0441: case 0x0421:
                return 'c';
            case 0x0443: case 0x0423:
                return 'y';
            case 0x0445: case 0x0425: case 0x03C7: case 0x03A7:
                return 'x';
            case 0x043A: case 0x041A: case 0x03BA: case 0x039A:
                return 'k';
            case 0x0456: case 0x0406: case 0x03B9: case 0x0399:
                return 'i';
            case 0x0455: case 0x0405:
                return 's';
            case 0x0442: case 0x0422: case 0x03C4: case 0x03A4:
                return 't';
            case 0x043C: case 0x041C: case 0x039C:
                return 'm';
            case 0x043D: case 0x041D: case 0x039D:
                return 'h';
            default:
                return 0;
        }
    }

    /** Growable output buffer with the offset maps. */
    private static final class Output {
        char[] chars;
        int[] starts;
        int[] ends;
        boolean[] squeezed;
        int length;

        Output(int capacity) {
            chars = new char[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            squeezed = new boolean[capacity];
        }

        /** Appends a char, squeezing a third equal letter in a row and merging runs of spaces. */
        void appendFolded(char c, int start, int end) {
            if (c == ' ' && length > 0 && chars[length - 1] == ' ') {
                ends[length - 1] = end;
                return;
            }
            if (CharClass.isLetter(c) && length >= 2 && chars[length - 1] == c && chars[length - 2] == c) {
                ends[length - 1] = end;
                squeezed[length - 1] = true;
                return;
            }
            appendRaw(c, start, end);
        }

        void appendSeparated(String token, int start, int end) {
            appendFolded(' ', start, start);
            for (int k = 0; k < token.length(); k++) {
                appendRaw(token.charAt(k), start, end);
            }
            appendRaw(' ', end, end);
        }

        void appendRaw(char c, int start, int end) {
            if (length == chars.length) {
                int capacity = chars.length * 2;
                chars = Arrays.copyOf(chars, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                squeezed = Arrays.copyOf(squeezed, capacity);
            }
            chars[length] = c;
            starts[length] = start;
            ends[length] = end;
            length++;
        }
    }
}
