/**
 * The scorers under test, behind one small interface ({@link org.stepin.app.evaluate.scorer.Scorer}):
 * stepin's own detector and the peers it must beat, a general sentiment model (VADER) and a plain
 * keyword list matched as substrings the way many deployed monitors do. {@link
 * org.stepin.app.evaluate.scorer.Scorers} names them; a new tier is one more entry there.
 */
package org.stepin.app.evaluate.scorer;
