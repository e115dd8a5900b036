/**
 * The learned tier's classifier: an OpenNLP maxent document categorizer trained by the build on the
 * team's seed corpus, giving each analysed message a probability per category and for "none".
 *
 * <p>{@link org.stepin.core.classify.SeedCorpus} reads the corpus rows
 * ({@link org.stepin.core.classify.LabelledMessage}; the model learns their step-in labels: the category
 * at MODERATE or above, otherwise none). {@link org.stepin.core.classify.FeatureExtractor} turns the
 * analysed tokens the lexicon matcher sees into the features a {@link org.stepin.core.classify.FeatureSet}
 * names; {@link org.stepin.core.classify.TrainingConfig} fixes every training parameter in one place;
 * {@link org.stepin.core.classify.ModelTrainer} trains reproducibly (the lexicon's identity words left
 * out), and {@link org.stepin.core.classify.TrainModel} runs it in the build, which packages the model and
 * its {@link org.stepin.core.classify.ModelMetadata} under {@code stepin/model/}.
 * {@link org.stepin.core.classify.Classifier} loads it and scores through the package-private
 * {@code CompiledModel}, the same sums laid out for the hot path, into
 * {@link org.stepin.core.classify.Probabilities}. The classifier never alerts alone: {@code combine}
 * merges its probabilities with the rules' scores (see {@code docs/classifier.md} and
 * {@code docs/combiner.md}).
 */
package org.stepin.core.classify;
