/**
 * Detection-quality metrics, written by hand because they are small and must be exact: the confusion
 * table at the alert threshold (precision, recall, F1, alert rate), ROC-AUC by ranks (Mann-Whitney, ties
 * as half wins), average precision, and the ROC and precision-recall curves. Pure functions over
 * immutable values; thread-safe.
 */
package org.stepin.app.evaluate.metrics;
