package org.stepin.app.evaluate.report;

import java.util.regex.Pattern;

/**
 * Masks personal details in example texts before analysts see them in a report: URLs, e-mail
 * addresses, @handles and runs of digits (phone numbers, ids), then cuts to {@value #MAX_CHARS}
 * characters. Local to the report; deliberately simple. Thread-safe.
 */
public final class Masker {
    /** Longest text shown. */
    public static final int MAX_CHARS = 200;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Masker() {
    }

    /** {@code text} with personal details replaced by [url], [email], @user and #, and cut. */
    public static String mask(String text) {
        String masked = URL.matcher(text).replaceAll("[url]");
        masked = EMAIL.matcher(masked).replaceAll("[email]");
        masked = HANDLE.matcher(masked).replaceAll("@user");
        masked = DIGITS.matcher(masked).replaceAll("#");
        masked = masked.replaceAll("\\s+", " ").strip();
        if (masked.codePointCount(0, masked.length()) > MAX_CHARS) {
            masked = masked.substring(0, masked.offsetByCodePoints(0, MAX_CHARS - 1)) + "…";
        }
        return masked;
    }
}
