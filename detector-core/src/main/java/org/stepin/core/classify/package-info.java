/**
 * The fast learned tier: an OpenNLP maxent document categorizer over the team's seed corpus.
 *
 * <p>{@link org.stepin.core.classify.FeatureExtractor} turns the analysed tokens (the same normalised,
 * slang-expanded, lemmatised tokens the lexicon matcher sees) into feature strings;
 * {@link org.stepin.core.classify.TrainingConfig} is the one place that fixes the training parameters;
 * {@code org.stepin.core.train} trains and serialises a model deterministically, and runs it
 * during the build so the model is packaged under
 * {@code stepin/model/}; {@link org.stepin.core.classify.Classifier} loads it and gives
 * {@link org.stepin.core.classify.Probabilities} per category. Nothing here changes the rules tier's
 * scores; see {@code docs/classifier.md} for how a combiner would use both.
 */
package org.stepin.core.classify;
