package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.stepin.core.lexicon.Category;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;
import org.stepin.core.text.WordIds;

/**
 * A trained maxent model laid out for the hot path. OpenNLP evaluates a message from feature strings
 * ({@link FeatureExtractor}), which means building a string per feature; this class computes the same
 * sum of weights by looking the analysed tokens up directly (word, then word pair, then character
 * n-grams), with weights already in {@link Probabilities} order, then one softmax. Every lemma the model
 * knows has a number: a token is looked up once, its word weights are read by number and its pair with the
 * previous word from the previous word's row. The result equals
 * {@code model.eval(extractor.extract(text))} (a test checks it on the corpus); a class the model was
 * not trained on gets probability 0. Immutable and
 * thread-safe.
 */
final class CompiledModel {
    private static final int SIZE = Category.values().length + 1;

    private final FeatureSet features;
    private final double[] bias;
    /** Every lemma of a word or pair feature, and the sentence start. */
    private final WordIds lemmas;
    private final int start;
    /** Where each lemma's word weights start in {@link #wordWeights}, by lemma number; -1 for none. */
    private final int[] wordAt;
    /** Every word feature's weights, one after another (one array, so a look-up follows no pointer). */
    private final double[] wordWeights;
    /** Pair weights by the left lemma's number; null where the lemma starts no pair. */
    private final PairRow[] pairs;
    /** Character n-gram weights: a hash map, never modified after construction. */
    private final Map<String, double[]> grams;

    private CompiledModel(FeatureSet features, double[] bias, WordIds lemmas, int[] wordAt, double[] wordWeights,
                          PairRow[] pairs, Map<String, double[]> grams) {
        this.features = features;
        this.bias = bias;
        this.lemmas = lemmas;
        this.start = lemmas.id(FeatureExtractor.START);
        this.wordAt = wordAt;
        this.wordWeights = wordWeights;
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
        List<String> known = new ArrayList<>(new TreeSet<>(lemmasOf(words, pairs)));
        WordIds lemmas = WordIds.of(known);
        int[] wordAt = new int[known.size()];
        Arrays.fill(wordAt, -1);
        double[] wordWeights = new double[words.size() * SIZE];
        int next = 0;
        for (int id = 0; id < known.size(); id++) {
            double[] weights = words.get(known.get(id));
            if (weights != null) {
                wordAt[id] = next;
                System.arraycopy(weights, 0, wordWeights, next, SIZE);
                next += SIZE;
            }
        }
        PairRow[] pairTable = new PairRow[known.size()];
        pairs.forEach((left, rights) -> pairTable[lemmas.id(left)] = PairRow.of(rights, lemmas));
        return new CompiledModel(features, bias, lemmas, wordAt, wordWeights, pairTable, grams);
    }

    private static Set<String> lemmasOf(Map<String, double[]> words, Map<String, Map<String, double[]>> pairs) {
        Set<String> lemmas = new HashSet<>(words.keySet());
        lemmas.add(FeatureExtractor.START);
        pairs.forEach((left, rights) -> {
            lemmas.add(left);
            lemmas.addAll(rights.keySet());
        });
        return lemmas;
    }

    /** Probabilities of {@code text}, in {@link Probabilities} order. */
    Probabilities probabilities(AnalyzedText text) {
        double[] sum = bias.clone();
        int previous = start;
        for (Token token : text.tokens()) {
            if (token.kind() == TokenKind.BREAK) {
                previous = start;
                continue;
            }
            if (!token.kind().isWordLike()) {
                continue;
            }
            int lemma = lemmas.id(token.lemma());
            if (lemma != WordIds.ABSENT && wordAt[lemma] >= 0) {
                add(sum, wordWeights, wordAt[lemma]);
            }
            if (features.bigrams() && previous != WordIds.ABSENT && lemma != WordIds.ABSENT
                    && pairs[previous] != null) {
                pairs[previous].addTo(sum, lemma);
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

    /** The pairs that start with one lemma: the right lemmas' numbers, sorted, and their weights one after another. */
    private static final class PairRow {
        private final int[] rights;
        private final double[] weights;

        private PairRow(int[] rights, double[] weights) {
            this.rights = rights;
            this.weights = weights;
        }

        static PairRow of(Map<String, double[]> byRight, WordIds lemmas) {
            TreeMap<Integer, double[]> sorted = new TreeMap<>();
            byRight.forEach((right, weights) -> sorted.put(lemmas.id(right), weights));
            int[] rights = new int[sorted.size()];
            double[] weights = new double[sorted.size() * SIZE];
            int i = 0;
            for (Map.Entry<Integer, double[]> entry : sorted.entrySet()) {
                rights[i] = entry.getKey();
                System.arraycopy(entry.getValue(), 0, weights, i * SIZE, SIZE);
                i++;
            }
            return new PairRow(rights, weights);
        }

        /** Adds the weights of the pair with right lemma number {@code right} to {@code sum}, if there is one. */
        void addTo(double[] sum, int right) {
            int index = Arrays.binarySearch(rights, right);
            if (index >= 0) {
                add(sum, weights, index * SIZE);
            }
        }
    }

    private static void add(double[] sum, double[] weights, int from) {
        for (int i = 0; i < SIZE; i++) {
            sum[i] += weights[from + i];
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
