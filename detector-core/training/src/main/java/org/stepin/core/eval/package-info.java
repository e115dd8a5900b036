/**
 * Quality measurement on labelled messages: the confusion table every quality number is read from,
 * with its one rule for empty denominators ({@link org.stepin.core.eval.Confusion}, also used by the
 * stream app's {@code detector evaluate}), per-label scores and macro-F1 of a multi-label prediction
 * ({@link org.stepin.core.eval.LabelPredictions}), stratified k-fold cross-validation of the classifier
 * (the trainers' {@link org.stepin.core.train.CrossValidation}), the rules tier as a predictor of one label
 * ({@link org.stepin.core.eval.RulesPredictor}), and the report behind {@code docs/classifier.md}
 * ({@link org.stepin.core.eval.ClassifierReport}). Nothing here runs on the hot path.
 */
package org.stepin.core.eval;
