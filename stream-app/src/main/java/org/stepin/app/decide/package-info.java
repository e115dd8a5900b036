/**
 * The alert decision, as pure functions of a youth's stored state and a scored message, with no Kafka in
 * sight: lanes, trajectory with decay, suppression of repeats, escalation, routing and snippets.
 */
package org.stepin.app.decide;
