/**
 * The Kafka Streams topology, built in one place ({@link org.stepin.app.topology.PipelineTopology}): sources,
 * the consent gate, scoring, the per-youth state and alert decision, worker actions, and the dead-letter
 * handler. Every node and store is named in {@link org.stepin.app.topology.NodeNames}.
 */
package org.stepin.app.topology;
