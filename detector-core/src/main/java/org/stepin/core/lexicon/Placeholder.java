package org.stepin.core.lexicon;

import java.util.Set;

/**
 * The one placeholder a phrase may hold: {@code {many}}, a written count of ten or more, in digits
 * ("took 20 paracetamol") or in words ("took twenty tablets", "dozens of pills"). Ten is more than any
 * single dose of a common tablet, so "took 2 paracetamol for my headache" never matches a phrase with
 * {@code {many}} in it. The braces keep it apart from every word a message can hold: the tokenizer never
 * makes a token of them. Stateless.
 */
public final class Placeholder {
    /** How a phrase writes the placeholder, and the lemma it stands as in an entry. */
    public static final String MANY = "{many}";

    /** The smallest count {@link #MANY} stands for. */
    private static final int LEAST_MANY = 10;

    /** Count words of ten or more, as messages spell them. */
    private static final Set<String> MANY_WORDS = Set.of("ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "dozen", "dozens");

    private static final int MAX_DIGITS = 6;

    private Placeholder() {
    }

    /** True when {@code lemma} is a count {@link #MANY} stands for: a count word above, or digits of 10 or more. */
    public static boolean isMany(String lemma) {
        if (MANY_WORDS.contains(lemma)) {
            return true;
        }
        if (lemma.isEmpty() || lemma.length() > MAX_DIGITS) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < lemma.length(); i++) {
            char c = lemma.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value >= LEAST_MANY;
    }
}
