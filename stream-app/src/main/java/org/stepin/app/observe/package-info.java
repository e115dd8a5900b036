/**
 * What the pipeline reports about itself: a listener for countable events with bounded, enum-valued labels only
 * (never a youth id, worker id, message id or text), and an in-memory implementation.
 */
package org.stepin.app.observe;
