package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.privacy.Masker;
import org.stepin.core.privacy.PersonalDetailScanner;
import org.stepin.core.privacy.Snippet;
import org.stepin.core.privacy.Span;

/**
 * Snippets with personal details (phone numbers, e-mail addresses, handles, URLs, street addresses) replaced
 * by placeholders, cut to at most {@value #MAX_CHARS} characters around the evidence so an alert carries only
 * what a worker needs. Thread-safe.
 */
public final class MaskingSnippetMaker implements SnippetMaker {
    /** The most characters of message text an alert shows. */
    public static final int MAX_CHARS = 280;

    private final PersonalDetailScanner scanner;

    /** A maker that masks every personal detail the scanner finds. */
    public MaskingSnippetMaker() {
        this(PersonalDetailScanner.create());
    }

    /** A maker using {@code scanner} (e.g. one that leaves the agency's own details alone). */
    public MaskingSnippetMaker(PersonalDetailScanner scanner) {
        this.scanner = requireNonNull(scanner, "scanner");
    }

    @Override
    public Snippet make(String text, List<Span> evidence) {
        return Masker.mask(text, scanner.scan(text)).snippet(evidence, MAX_CHARS);
    }
}
