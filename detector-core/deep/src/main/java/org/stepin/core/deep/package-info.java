/**
 * The deep tier: Stanford CoreNLP's dependency parser, run only where the fast tier is uncertain and a different
 * reading would change the decision. {@link org.stepin.core.deep.DeepGate} picks the messages (pure and cheap),
 * {@link org.stepin.core.deep.CoreNlpParser} parses their sentences on the fast tier's own tokens,
 * {@link org.stepin.core.deep.GrammarReader} reads negation scope, subject and conditionals from the parse into
 * a typed {@link org.stepin.core.deep.Reading} (with the lexicon's word lists and the fast tier's cue marks), and
 * {@link org.stepin.core.deep.DeepReviewer} turns readings into marks, rescores through the fast tier's scorer and
 * has {@link org.stepin.core.deep.ReviewNote} write them into the evidence. {@link org.stepin.core.deep.DeepTier}
 * wires them behind a bounded pool of parsers, with a switch ({@link org.stepin.core.deep.DeepSettings}) and
 * counters ({@link org.stepin.core.deep.DeepListener}). The fast tier never loads a class from here; see
 * docs/deep-tier.md.
 */
package org.stepin.core.deep;
