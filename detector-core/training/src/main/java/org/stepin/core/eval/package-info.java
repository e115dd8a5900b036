/**
 * Quality measurement on labelled messages: stratified k-fold cross-validation of the classifier
 * ({@link org.stepin.core.eval.CrossValidation}), the rules tier as a predictor of one label
 * ({@link org.stepin.core.eval.RulesPredictor}), per-label precision, recall and F1
 * ({@link org.stepin.core.eval.Confusion}), and the report behind {@code docs/classifier.md}
 * ({@link org.stepin.core.eval.ClassifierReport}). Nothing here runs on the hot path.
 */
package org.stepin.core.eval;
