package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.stepin.core.lexicon.Category;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * A trained maxent model laid out for the hot path. OpenNLP evaluates a message from feature strings
 * ({@link FeatureExtractor}), which means building a string per feature; this class computes the same
 * sum of weights by looking the analysed tokens up directly (word, then word pair, then character
 * n-grams), with weights already in {@link Probabilities} order, then one softmax. The result equals
 * {@code model.eval(extractor.extract(text))} (a test checks it on the corpus); a class the model was
 * not trained on gets probability 0. Immutable and
 * thread-safe.
 */
final class CompiledModel {
    private static final int SIZE = Category.values().length + 1;

    private final FeatureSet features;
    private final double[] bias;
    /** The weight tables: hash maps (faster look-ups than {@code Map.copyOf}), never modified after construction. */
    private final Map<String, double[]> words;
    private final Map<String, Map<String, double[]>> pairs;
    private final Map<String, double[]> grams;

    private CompiledModel(FeatureSet features, double[] bias, Map<String, double[]> words,
                          Map<String, Map<String, double[]>> pairs, Map<String, double[]> grams) {
        this.features = features;
        this.bias = bias;
        this.words = words;
        this.pairs = pairs;
        this.grams = grams;
    }

    /**
     * Lays out {@code model}, trained on {@code features}.
     *
     * @throws IllegalArgumentException when the model names an unknown category or feature kind
     */
    static CompiledModel of(MaxentModel model, FeatureSet features) {
        requireNonNull(features, "features");
        Object[] data = ((AbstractModel) requireNonNull(model, "model")).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        int[] slot = new int[model.getNumOutcomes()];
        for (int i = 0; i < slot.length; i++) {
            String outcome = model.getOutcome(i);
            slot[i] = Probabilities.NONE_LABEL.equals(outcome) ? SIZE - 1 : Category.fromId(outcome).ordinal();
        }
        double[] bias = new double[SIZE];
        Arrays.fill(bias, Double.NEGATIVE_INFINITY);
        for (int outcomeSlot : slot) {
            bias[outcomeSlot] = 0;
        }
        Map<String, double[]> words = new HashMap<>();
        Map<String, Map<String, double[]>> pairs = new HashMap<>();
        Map<String, double[]> grams = new HashMap<>();
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            double[] weights = new double[SIZE];
            Context context = predicate.getValue();
            for (int i = 0; i < context.getOutcomes().length; i++) {
                weights[slot[context.getOutcomes()[i]]] = context.getParameters()[i];
            }
            String name = predicate.getKey();
            if (FeatureExtractor.BIAS.equals(name)) {
                add(bias, weights);
            } else if (name.startsWith(FeatureExtractor.WORD)) {
                words.put(name.substring(FeatureExtractor.WORD.length()), weights);
            } else if (name.startsWith(FeatureExtractor.PAIR)) {
                String pair = name.substring(FeatureExtractor.PAIR.length());
                int space = pair.indexOf(' ');
                pairs.computeIfAbsent(pair.substring(0, space), left -> new HashMap<>())
                        .put(pair.substring(space + 1), weights);
            } else if (name.startsWith(FeatureExtractor.GRAM)) {
                grams.put(name.substring(FeatureExtractor.GRAM.length()), weights);
            } else {
                throw new IllegalArgumentException("unknown feature kind in model: " + name);
            }
        }
        return new CompiledModel(features, bias, words, pairs, grams);
    }

    /** Probabilities of {@code text}, in {@link Probabilities} order. */
    Probabilities probabilities(AnalyzedText text) {
        double[] sum = bias.clone();
        String previous = FeatureExtractor.START;
        for (Token token : text.tokens()) {
            if (token.kind() == TokenKind.BREAK) {
                previous = FeatureExtractor.START;
                continue;
            }
            if (!token.kind().isWordLike()) {
                continue;
            }
            String lemma = token.lemma();
            add(sum, words.get(lemma));
            if (features.bigrams()) {
                Map<String, double[]> rights = pairs.get(previous);
                if (rights != null) {
                    add(sum, rights.get(lemma));
                }
            }
            if (features.chars() && token.kind() == TokenKind.WORD) {
                addGrams(sum, "_" + token.form() + "_");
            }
            previous = lemma;
        }
        return Probabilities.softmax(sum);
    }

    private void addGrams(double[] sum, String padded) {
        for (int n = features.charMin(); n <= features.charMax(); n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                add(sum, grams.get(padded.substring(i, i + n)));
            }
        }
    }

    private static void add(double[] sum, double[] weights) {
        if (weights != null) {
            for (int i = 0; i < SIZE; i++) {
                sum[i] += weights[i];
            }
        }
    }
}
