package org.stepin.app.evaluate.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a Python list literal of strings, {@code ['it\'s', "say \"hi\"", 'a\nb']}: single- or
 * double-quoted items, Python's escapes ({@code \\ \' \" \n \t \r \xhh \\uhhhh \Uhhhhhhhh}, an unknown
 * escape kept as written), adjacent literals joined, a trailing comma allowed. Never evaluates code.
 * {@link #parseTruncated} also accepts a literal cut off at the end (some C-SSRS rows stop at a
 * spreadsheet's cell limit) and keeps what was read.
 */
public final class PythonListLiteral {
    private final String text;
    private final boolean acceptCut;
    private int position;

    /**
     * A parsed list and whether the literal was cut off before its closing bracket.
     *
     * @param items the strings read, the last one partial when cut
     * @param cut true when the literal ended early
     */
    public record Parsed(List<String> items, boolean cut) {

        public Parsed {
            items = List.copyOf(items);
        }
    }

    private PythonListLiteral(String text, boolean acceptCut) {
        this.text = text;
        this.acceptCut = acceptCut;
    }

    /**
     * The strings in {@code literal}.
     *
     * @throws IllegalArgumentException naming the position when it is not a list of string literals
     */
    public static List<String> parse(String literal) {
        return new PythonListLiteral(literal, false).list().items();
    }

    /**
     * The strings in {@code literal}, which may be cut off anywhere after its opening bracket.
     *
     * @throws IllegalArgumentException naming the position when it is not a list of string literals
     */
    public static Parsed parseTruncated(String literal) {
        return new PythonListLiteral(literal, true).list();
    }

    private Parsed list() {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean opened = false;
        try {
            skipSpace();
            expect('[');
            opened = true;
            return items(items, item);
        } catch (EndOfText e) {
            if (!acceptCut || !opened) {
                throw error("ended before " + e.getMessage());
            }
            if (item.length() > 0) {
                items.add(item.toString());
            }
            return new Parsed(items, true);
        }
    }

    private Parsed items(List<String> items, StringBuilder item) {
        skipSpace();
        if (peek() == ']') {
            position++;
            return end(items);
        }
        while (true) {
            item.setLength(0);
            string(item);
            skipSpace();
            while (peek() == '\'' || peek() == '"') {
                string(item);
                skipSpace();
            }
            items.add(item.toString());
            item.setLength(0);
            char next = next("',' or ']'");
            if (next == ']') {
                return end(items);
            }
            if (next != ',') {
                throw error("expected ',' or ']' but found '" + next + "'");
            }
            skipSpace();
            if (peek() == ']') {
                position++;
                return end(items);
            }
        }
    }

    private Parsed end(List<String> items) {
        skipSpace();
        if (position != text.length()) {
            throw error("text after the closing ']'");
        }
        return new Parsed(items, false);
    }

    private void string(StringBuilder out) {
        char quote = next("a quote");
        if (quote != '\'' && quote != '"') {
            throw error("expected a quoted string but found '" + quote + "'");
        }
        while (true) {
            char c = next("closing " + quote);
            if (c == quote) {
                return;
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
            }
        }
    }

    private void escape(StringBuilder out) {
        char c = next("an escape");
        switch (c) {
            case '\\', '\'', '"' -> out.append(c);
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case '\n' -> { }
            case 'x' -> out.appendCodePoint(hex(2));
            case 'u' -> out.appendCodePoint(hex(4));
            case 'U' -> out.appendCodePoint(hex(8));
            default -> out.append('\\').append(c);
        }
    }

    private int hex(int digits) {
        if (position + digits > text.length()) {
            throw new EndOfText("the end of an escape");
        }
        try {
            int codePoint = Integer.parseInt(text.substring(position, position + digits), 16);
            if (!Character.isValidCodePoint(codePoint)) {
                throw error("escape is not a code point");
            }
            position += digits;
            return codePoint;
        } catch (NumberFormatException e) {
            throw error("bad hex escape");
        }
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private char next(String expected) {
        if (position >= text.length()) {
            throw new EndOfText(expected);
        }
        return text.charAt(position++);
    }

    private void expect(char c) {
        char found = next("'" + c + "'");
        if (found != c) {
            throw error("expected '" + c + "' but found '" + found + "'");
        }
    }

    /** The text ended where more was expected; the message says what. */
    private static final class EndOfText extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EndOfText(String expected) {
            super(expected, null, false, false);
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at character " + position);
    }
}
