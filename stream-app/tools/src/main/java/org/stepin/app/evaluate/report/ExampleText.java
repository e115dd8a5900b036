package org.stepin.app.evaluate.report;

import java.util.regex.Pattern;
import org.stepin.core.privacy.Masker;
import org.stepin.core.privacy.PersonalDetailScanner;

/**
 * An example text as a report shows it to analysts: personal details masked by detector-core's
 * {@linkplain PersonalDetailScanner#strict() strict scanner} ({@code [phone]}, {@code [email]},
 * {@code [handle]}, {@code [url]}, {@code [address]}, and {@code [number]} for any other digits), on one
 * line, cut to {@value #MAX_CHARS} code points. Thread-safe.
 */
final class ExampleText {
    /** Longest text shown, in code points, the {@code …} of a cut included. */
    static final int MAX_CHARS = 200;

    private static final PersonalDetailScanner SCANNER = PersonalDetailScanner.strict();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ExampleText() {
    }

    /** {@code text} masked, its whitespace runs squeezed to one space, and cut. */
    static String masked(String text) {
        String masked = Masker.mask(text, SCANNER.scan(text)).text();
        masked = WHITESPACE.matcher(masked).replaceAll(" ").strip();
        if (masked.codePointCount(0, masked.length()) > MAX_CHARS) {
            masked = masked.substring(0, masked.offsetByCodePoints(0, MAX_CHARS - 1)) + "…";
        }
        return masked;
    }
}
