/**
 * The pipeline's Kafka topics, each defined once ({@link org.stepin.app.topics.TopicRole}: default name,
 * partitions, cleanup and retention; {@link org.stepin.app.topology.InputTopic} and
 * {@link org.stepin.app.topology.OutputTopic}: the serdes the topology reads and writes them with), their names as
 * configured, and their creation and checking on a cluster with Kafka's {@code Admin} client.
 */
package org.stepin.app.topics;
