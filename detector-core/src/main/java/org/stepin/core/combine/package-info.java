/**
 * The combiner: turns the rules tier's category scores and the classifier's probabilities into one score
 * and severity per category, with logistic models the build fits on the seed corpus (out-of-fold classifier
 * probabilities, so no model is judged on messages it was trained on) and guard rails kept as rules.
 * See {@code docs/combiner.md}.
 */
package org.stepin.core.combine;
