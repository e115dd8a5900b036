/**
 * Scoring: turns marked matches into per-category scores and one {@link
 * org.stepin.core.score.Severity}. {@link org.stepin.core.score.MarkPolicy} says what each context
 * mark does to each category, {@link org.stepin.core.score.SeverityPolicy} holds the thresholds, and
 * {@link org.stepin.core.score.Scorer} applies both and writes the reason a worker reads, its numbers through
 * {@link org.stepin.core.score.TwoDecimals}.
 */
package org.stepin.core.score;
