/**
 * Detection-quality metrics of a contender on a binary task, written by hand because they are small and
 * must be exact: the alert table at the contender's threshold (detector-core's
 * {@link org.stepin.core.eval.Confusion}, whose rule for empty denominators the reports follow), ROC-AUC by
 * ranks (Mann-Whitney, ties as half wins), average precision, and the ROC and precision-recall curves.
 * Pure functions over immutable values; thread-safe.
 */
package org.stepin.app.evaluate.metrics;
