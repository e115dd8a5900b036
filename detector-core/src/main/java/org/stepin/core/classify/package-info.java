/**
 * The learned tier's classifier: an OpenNLP maxent document categorizer trained by the build on the
 * team's seed corpus, giving each analysed message a probability per category and for "none".
 *
 * <p>{@link org.stepin.core.classify.FeatureExtractor} turns the analysed tokens the lexicon matcher sees into
 * the features a {@link org.stepin.core.classify.FeatureSet} names; {@link org.stepin.core.classify.TrainingConfig}
 * fixes every training parameter in one place. The model is trained reproducibly by {@code detector-training}
 * ({@code org.stepin.core.train}) during the build of {@code detector-model}, which packages it and its
 * {@link org.stepin.core.classify.ModelMetadata} under {@code stepin/model/}.
 * {@link org.stepin.core.classify.Classifier} loads it and scores through the package-private
 * {@code CompiledModel}, the same sums laid out for the hot path, into
 * {@link org.stepin.core.classify.Probabilities}. The classifier never alerts alone: {@code combine}
 * merges its probabilities with the rules' scores (see {@code docs/classifier.md} and
 * {@code docs/combiner.md}).
 */
package org.stepin.core.classify;
