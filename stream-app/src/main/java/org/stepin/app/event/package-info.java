/**
 * The event contracts of DESIGN.md as immutable values: messages, consent records, alert actions, alerts
 * and dead letters, and the strict reader that turns raw bytes into them or says exactly why not.
 */
package org.stepin.app.event;
