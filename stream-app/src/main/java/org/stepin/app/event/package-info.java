/**
 * The event contracts of DESIGN.md as immutable values: messages, consent records, alert actions, alerts
 * and dead letters, and the strict reader that turns raw bytes into them or says exactly why not. Also the
 * consent table's value ({@link org.stepin.app.event.StoredConsent}), which the serdes store and the topology reads.
 */
package org.stepin.app.event;
