/**
 * The lexicons analysts edit, loaded and checked: category phrase lists with weights and tags,
 * context cue lists, slang, emoji and lemma tables, and the lexicon version (a human version string
 * plus a content hash). {@link org.stepin.core.lexicon.LexiconLoader} rejects a bad file with its
 * file, line and entry; a loaded {@link org.stepin.core.lexicon.Lexicon} is immutable.
 */
package org.stepin.core.lexicon;
