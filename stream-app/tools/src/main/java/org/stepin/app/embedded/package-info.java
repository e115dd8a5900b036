/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) started in this process, on loopback
 * only, for the demo and the integration tests.
 */
package org.stepin.app.embedded;
