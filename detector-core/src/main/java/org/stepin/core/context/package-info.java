/**
 * Context marks: small stages that each look at one kind of context around a phrase match
 * (negation, hypothetical, third person, figurative, academic or media, reported speech, past,
 * gaming, the reader as subject, people in general) and say whether it applies. They mark; they do
 * not score. The scorer reads the marks (like Lucene's {@code KeywordMarkerFilter}).
 * {@link org.stepin.core.context.ContextAnalyzer} runs them all over a
 * {@link org.stepin.core.context.MessageContext} built once per message, and works out each match's
 * {@link org.stepin.core.context.Subject} once for the stages that ask whose state it describes.
 */
package org.stepin.core.context;
