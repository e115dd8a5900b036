package org.stepin.core.privacy;

/** The kinds of personal detail the scanner finds, each with the placeholder that masks it. */
public enum PersonalDetailKind {
    /** A phone number of 7 to 15 digits. */
    PHONE("[phone]"),
    /** An e-mail address, also written as {@code name at gmail dot com}. */
    EMAIL("[email]"),
    /** A social handle: {@code @name}, or the name in "my snap is name". */
    HANDLE("[handle]"),
    /** A web address, with or without scheme. */
    URL("[url]"),
    /** A house number with street, a UK postcode or a US state with ZIP code. */
    STREET_ADDRESS("[address]"),
    /**
     * Any other run of digits (an age, a date, an id, a short number): found only by the
     * {@linkplain PersonalDetailScanner#strict() strict scanner}, never by the one the pipeline uses.
     */
    NUMBER("[number]");

    private final String placeholder;

    PersonalDetailKind(String placeholder) {
        this.placeholder = placeholder;
    }

    /** The text that replaces a detail of this kind in masked text, e.g. {@code [phone]}. */
    public String placeholder() {
        return placeholder;
    }
}
