/**
 * Phrase matching: a token trie over lemmas, walked from every word of a message, that finds every
 * lexicon phrase on whole-token boundaries (never inside a word), allowing each entry its small gap
 * of filler words ("want to just die") but never crossing a sentence end. Cost is linear in message
 * length for a fixed lexicon; no regular expression is built from lexicon content.
 */
package org.stepin.core.match;
