/**
 * The contenders {@code ./detector evaluate} compares, behind one small interface
 * ({@link org.stepin.app.evaluate.contender.Contender}, a "scorer" on the command line and in the
 * tables): stepin's own detector and the peers it must beat, a general sentiment model (VADER) and a
 * plain keyword list matched as substrings the way many deployed monitors do.
 * {@link org.stepin.app.evaluate.contender.Contenders} names them; a new tier is one more entry there.
 */
package org.stepin.app.evaluate.contender;
