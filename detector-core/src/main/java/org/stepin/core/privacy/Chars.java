package org.stepin.core.privacy;

/** Small char tests shared by the finders; ASCII only where URLs and numbers are ASCII only. */
final class Chars {
    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    /** A char that may appear in the local part of an e-mail address. */
    static boolean isLocalPartChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    static String digitsOf(CharSequence text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }
}
