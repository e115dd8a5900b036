package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

/**
 * Which features the classifier sees: word lemmas always, optionally word bigrams and character
 * n-grams of the normalised word forms. Written into the model's metadata as {@link #id()} so the run
 * time computes exactly the features the model was trained on. Immutable.
 *
 * @param bigrams word bigrams within a sentence, including one with a sentence-start marker
 * @param charMin shortest character n-gram (at least 2), 0 for none
 * @param charMax longest character n-gram (at most 6, not below {@code charMin}), 0 for none
 */
public record FeatureSet(boolean bigrams, int charMin, int charMax) {
    /** Words only. */
    public static final FeatureSet WORDS = new FeatureSet(false, 0, 0);
    /** Words and word bigrams. */
    public static final FeatureSet WORDS_BIGRAMS = new FeatureSet(true, 0, 0);

    public FeatureSet {
        boolean none = charMin == 0 && charMax == 0;
        if (!none && (charMin < 2 || charMax < charMin || charMax > 6)) {
            throw new IllegalArgumentException("bad character n-gram range " + charMin + "-" + charMax);
        }
    }

    /** True when character n-grams are on. */
    public boolean chars() {
        return charMax > 0;
    }

    /** A short stable id: {@code w}, {@code w+b}, {@code w+b+c3-5}. */
    public String id() {
        return "w" + (bigrams ? "+b" : "") + (chars() ? "+c" + charMin + "-" + charMax : "");
    }

    /**
     * The feature set with this {@link #id()}.
     *
     * @throws IllegalArgumentException naming the id when it is malformed
     */
    public static FeatureSet parse(String id) {
        requireNonNull(id, "id");
        String[] parts = id.split("\\+", -1);
        if (!"w".equals(parts[0]) || parts.length > 3) {
            throw new IllegalArgumentException("bad feature set '" + id + "'");
        }
        boolean bigrams = false;
        int min = 0;
        int max = 0;
        for (int i = 1; i < parts.length; i++) {
            if ("b".equals(parts[i]) && i == 1) {
                bigrams = true;
            } else if (parts[i].matches("c[2-6]-[2-6]")) {
                min = parts[i].charAt(1) - '0';
                max = parts[i].charAt(3) - '0';
            } else {
                throw new IllegalArgumentException("bad feature set '" + id + "'");
            }
        }
        FeatureSet parsed = new FeatureSet(bigrams, min, max);
        if (!parsed.id().equals(id)) {
            throw new IllegalArgumentException("bad feature set '" + id + "'");
        }
        return parsed;
    }
}
