/**
 * Serialisation between Kafka's bytes and the pipeline's values: strict readers for the input topics, the JSON
 * of alerts and dead letters, and compact formats for the state stores.
 */
package org.stepin.app.serde;
