/**
 * The detector's public face: {@link org.stepin.core.Detector} turns one message into an
 * {@link org.stepin.core.Assessment} (severity, per-category scores and the evidence behind them).
 *
 * <p>The chain of stages is wired in one place, {@link org.stepin.core.Detector#create}; the
 * stages themselves live in the sub-packages, in the order they run: {@code text} (normalise,
 * tokenise, expand slang, lemmatise), {@code match} (lexicon phrases on token boundaries),
 * {@code context} (negation, third person, figurative ... marks), {@code score} (marks and weights
 * to scores and severity). {@code lexicon} loads the files analysts edit; {@code privacy} finds
 * personal details in text. {@code classify} is the learned fast tier (a maxent classifier the build
 * trains on the seed corpus; not yet combined into the score) and {@code eval} measures both tiers on
 * labelled messages. This module never imports Kafka or Micrometer.
 */
package org.stepin.core;
