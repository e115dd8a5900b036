/**
 * The evaluation harness behind {@code ./detector evaluate}: runs every contender under test over each
 * labelled data set ({@link org.stepin.app.evaluate.Evaluation}), one task class per kind of data set
 * (binary texts, C-SSRS users, the seed corpus), and checks the results against the
 * {@link org.stepin.app.evaluate.QualityGates}. Readers live in {@code dataset}, contenders in
 * {@code contender}, metrics in {@code metrics}, output in {@code report}. Never logs message text.
 */
package org.stepin.app.evaluate;
