/**
 * Training the learned tier, reproducibly: {@link org.stepin.core.train.ModelTrainer} trains the maxent classifier
 * on labelled messages ({@link org.stepin.core.train.SeedCorpus}, the team's seed corpus), and
 * {@link org.stepin.core.train.CombinerTrainer} fits the combiner on its out-of-fold probabilities
 * ({@link org.stepin.core.train.LogisticFit}). {@link org.stepin.core.train.TrainModel} and
 * {@link org.stepin.core.train.FitCombiner} are the build's two steps that package the model;
 * {@link org.stepin.core.train.LearnedTierTrainer} trains both in memory (cross-validation, and analysts running
 * {@code --lexicons DIR}). Nothing at run time needs this package: the runtime packages never import it.
 */
package org.stepin.core.train;
