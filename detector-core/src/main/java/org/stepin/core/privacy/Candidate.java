package org.stepin.core.privacy;

/**
 * A detail a finder proposes, before overlaps are resolved and agency details dropped.
 *
 * @param kind what kind of detail it is
 * @param start start offset into the original message
 * @param end end offset (exclusive)
 * @param key the normalised value the agency allow-list compares: digits of a phone, domain of an
 *            e-mail or URL, lower-case name of a handle; empty for addresses
 */
record Candidate(PersonalDetailKind kind, int start, int end, String key) {

    int length() {
        return end - start;
    }
}
