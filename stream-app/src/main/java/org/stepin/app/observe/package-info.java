/**
 * What the pipeline reports about itself: a listener for countable events with bounded, enum-valued labels only
 * (never a youth id, worker id, message id or text), its Micrometer implementation and the instance's gauges, the
 * JVM, process and Kafka Streams binders, and {@link org.stepin.app.observe.MeterCounts}, which reads the counts back
 * from a registry for the command line's summaries.
 */
package org.stepin.app.observe;
