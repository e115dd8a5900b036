package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stepin.core.lexicon.Category;

/**
 * The classifier's probability for each category and for "none" (no risk). They sum to 1. Immutable.
 */
public final class Probabilities {
    /** The label of the class "no risk", beside the category ids. */
    public static final String NONE_LABEL = "none";

    private static final Category[] CATEGORIES = Category.values();

    /** Indexed by {@link Category#ordinal()}; the last slot is "none". */
    private final double[] values;

    private Probabilities(double[] values) {
        this.values = values;
    }

    /**
     * Probabilities indexed by {@link Category#ordinal()}, with "none" in the last slot.
     *
     * @throws IllegalArgumentException when the length is not the number of categories plus one
     */
    static Probabilities of(double[] byOrdinalThenNone) {
        requireNonNull(byOrdinalThenNone, "byOrdinalThenNone");
        if (byOrdinalThenNone.length != CATEGORIES.length + 1) {
            throw new IllegalArgumentException("expected " + (CATEGORIES.length + 1) + " probabilities, got "
                    + byOrdinalThenNone.length);
        }
        return new Probabilities(byOrdinalThenNone.clone());
    }

    /** The softmax of {@code logits} (indexed like {@link #of}); takes ownership of the array. */
    static Probabilities softmax(double[] logits) {
        if (logits.length != CATEGORIES.length + 1) {
            throw new IllegalArgumentException("expected " + (CATEGORIES.length + 1) + " logits, got " + logits.length);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            total += logits[i];
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] /= total;
        }
        return new Probabilities(logits);
    }

    /** The probability of {@code category}. */
    public double of(Category category) {
        return values[requireNonNull(category, "category").ordinal()];
    }

    /** The probability that the message carries no risk. */
    public double none() {
        return values[CATEGORIES.length];
    }

    /** The most probable category, or empty when "none" is the most probable class. */
    public Optional<Category> top() {
        int best = CATEGORIES.length;
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best == CATEGORIES.length ? Optional.empty() : Optional.of(CATEGORIES[best]);
    }

    /** The label of the most probable class: a category id or {@link #NONE_LABEL}. */
    public String topLabel() {
        return top().map(Category::id).orElse(NONE_LABEL);
    }

    /** The category probabilities as an unmodifiable map (without "none"). */
    public Map<Category, Double> byCategory() {
        Map<Category, Double> map = new EnumMap<>(Category.class);
        for (Category category : CATEGORIES) {
            map.put(category, values[category.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Probabilities that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Probabilities{");
        for (Category category : CATEGORIES) {
            text.append(category.id()).append('=').append(String.format(Locale.ROOT, "%.3f",
                    values[category.ordinal()])).append(", ");
        }
        return text.append(NONE_LABEL).append('=').append(String.format(Locale.ROOT, "%.3f", none()))
                .append('}').toString();
    }
}
