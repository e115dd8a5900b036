/**
 * The pipeline's Kafka topics as operators define them ({@code deploy/topics/topics.properties}), and their
 * creation and checking on a cluster with Kafka's {@code Admin} client.
 */
package org.stepin.app.topics;
