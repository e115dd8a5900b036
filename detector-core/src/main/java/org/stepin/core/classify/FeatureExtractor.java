package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * Analysed tokens to classifier features. It reads the tokens the rules tier matches on (normalised,
 * letters joined, elongations resolved, slang expanded, lemmatised), so leetspeak, elongation and slang
 * are handled the same way in training and at run time. Features: a constant bias, {@code w=lemma} per
 * word or emoji token, {@code b=left right} per pair of neighbouring words in a sentence (the first word
 * paired with {@code <s>}), and {@code c=gram} character n-grams of each word form padded with
 * {@code _}. Repeated words count again, as in OpenNLP's bag of words. Immutable and thread-safe.
 */
public final class FeatureExtractor {
    /** Always present, so an empty message still has a context and the class prior is learnt. */
    static final String BIAS = "bias";
    /** Prefix of a word feature. */
    public static final String WORD = "w=";
    /** Prefix of a word-pair feature; the two lemmas are joined by a space, which no lemma contains. */
    public static final String PAIR = "b=";
    /** Prefix of a character n-gram feature. */
    static final String GRAM = "c=";
    /** The left word of a sentence's first pair. */
    static final String START = "<s>";

    private final FeatureSet features;

    public FeatureExtractor(FeatureSet features) {
        this.features = requireNonNull(features, "features");
    }

    public FeatureSet features() {
        return features;
    }

    /** The features of {@code text}. */
    public String[] extract(AnalyzedText text) {
        requireNonNull(text, "text");
        List<String> out = new ArrayList<>(text.size() * (features.chars() ? 8 : 2) + 1);
        out.add(BIAS);
        String previous = START;
        for (Token token : text.tokens()) {
            if (token.kind() == TokenKind.BREAK) {
                previous = START;
                continue;
            }
            if (!token.kind().isWordLike()) {
                continue;
            }
            String lemma = token.lemma();
            out.add(WORD + lemma);
            if (features.bigrams()) {
                out.add(PAIR + previous + " " + lemma);
            }
            if (features.chars() && token.kind() == TokenKind.WORD) {
                addCharGrams(token.form(), out);
            }
            previous = lemma;
        }
        return out.toArray(new String[0]);
    }

    private void addCharGrams(String form, List<String> out) {
        String padded = "_" + form + "_";
        for (int n = features.charMin(); n <= features.charMax(); n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                out.add(GRAM + padded.substring(i, i + n));
            }
        }
    }
}
