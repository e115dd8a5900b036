package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Replaces personal details with their placeholders, e.g. {@code call me on [phone]}. Stateless. */
public final class Masker {
    private Masker() {
    }

    /**
     * Masks {@code details} in {@code text}.
     *
     * @param text the original message
     * @param details details in {@code text}, sorted by start and not overlapping, as
     *                {@link PersonalDetailScanner#scan} returns them
     * @return the masked text with its offset map
     * @throws IllegalArgumentException when a detail lies outside the text or the details overlap
     */
    public static MaskedText mask(String text, List<PersonalDetail> details) {
        requireNonNull(text, "text");
        requireNonNull(details, "details");
        int count = details.size();
        int[] originalStarts = new int[count];
        int[] originalEnds = new int[count];
        int[] maskedStarts = new int[count];
        int[] maskedEnds = new int[count];
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < count; i++) {
            PersonalDetail detail = requireNonNull(details.get(i), "details element");
            if (detail.start() < copied || detail.end() > text.length()) {
                throw new IllegalArgumentException("detail " + detail + " overlaps the one before or lies outside"
                        + " a text of length " + text.length());
            }
            masked.append(text, copied, detail.start());
            originalStarts[i] = detail.start();
            originalEnds[i] = detail.end();
            maskedStarts[i] = masked.length();
            masked.append(detail.kind().placeholder());
            maskedEnds[i] = masked.length();
            copied = detail.end();
        }
        masked.append(text, copied, text.length());
        return new MaskedText(masked.toString(), text.length(), originalStarts, originalEnds, maskedStarts,
                maskedEnds);
    }
}
