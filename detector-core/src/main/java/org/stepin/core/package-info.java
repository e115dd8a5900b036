/**
 * The detector's public face. {@link org.stepin.core.Detector} turns one message and its
 * {@link org.stepin.core.Direction} (a young person's, scored for every risk category, or a worker's,
 * scored for {@code boundary} only) into an {@link org.stepin.core.Assessment}: a severity, a score per
 * category, and the {@link org.stepin.core.Evidence} behind them, with spans into the original message.
 * In a worker's message the package-private {@code BoundaryGuard} counts personal contact details as
 * boundary evidence. {@link org.stepin.core.FastTierResult} keeps the matches and marks behind a fast-tier
 * assessment, so that the deep tier can rescore it ({@link org.stepin.core.Detector#rescore}).
 *
 * <p>{@link org.stepin.core.Detector#create} is the one place that wires the rules; the stages live in
 * the sub-packages, in the order they run: {@code text} (normalise, tokenise, join spaced letters,
 * resolve elongations, expand slang, lemmatise), {@code match} (every lexicon list in one pass of a
 * token trie), {@code context} (negation, third person, figurative ... marks), {@code score} (marks and
 * weights to scores and severity). {@link org.stepin.core.Detector#withLearnedTier} adds the learned
 * tier for young people's messages: the {@code classify} classifier and the {@code combine} combiner
 * that merges its probabilities with the rules' scores; {@link org.stepin.core.Detector#packaged} has
 * both when the build trained them. {@code deep} is the deep tier, a dependency parser run only where
 * the fast tier is uncertain. {@code lexicon} loads the files analysts edit, {@code privacy} finds and
 * masks personal details, and {@code eval} measures the tiers on labelled messages. This module never
 * imports Kafka or Micrometer.
 */
package org.stepin.core;
