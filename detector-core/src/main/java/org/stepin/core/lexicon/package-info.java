/**
 * The lexicons analysts edit, loaded and checked: category phrase lists with weights and tags,
 * context cue lists, the deep tier's word lists, slang, emoji and lemma tables, and the lexicon version (a
 * human version string plus a content hash). {@link org.stepin.core.lexicon.LexiconLoader} shows the whole
 * load and delegates each step to a small reader (files, normalise tables, entries, word lists); it rejects a
 * bad file with its file, line and entry. A loaded {@link org.stepin.core.lexicon.Lexicon} is immutable.
 */
package org.stepin.core.lexicon;
