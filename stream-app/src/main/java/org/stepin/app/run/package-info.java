/**
 * Running the pipeline on a Kafka cluster: the Kafka Streams instance with its settings, start-up checks and
 * graceful shutdown.
 */
package org.stepin.app.run;
