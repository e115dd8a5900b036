/**
 * Replays a message history through the real topology, in memory, for analysts: "what would have alerted on
 * this history". No broker is involved.
 */
package org.stepin.app.replay;
