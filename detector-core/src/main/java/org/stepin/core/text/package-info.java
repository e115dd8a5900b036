/**
 * Text analysis: from a raw chat message to tokens whose offsets point into the original text.
 *
 * <p>{@link org.stepin.core.text.TextNormalizer} folds case, width, accents, leetspeak,
 * elongations, zero-width characters and emoji while keeping an offset map;
 * {@link org.stepin.core.text.ChatTokenizer} splits the result; token filters then join spaced-out
 * letters, resolve elongations, expand slang and lemmatise. {@link org.stepin.core.text.Analyzer}
 * is the one place that chains them, and lexicon phrases go through the same chain as messages.
 */
package org.stepin.core.text;
