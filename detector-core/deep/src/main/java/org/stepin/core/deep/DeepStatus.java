package org.stepin.core.deep;

import java.util.Locale;

/** What the deep tier did with one message; a bounded tag value for metrics. */
public enum DeepStatus {
    /** The gate kept it in the fast tier: nothing uncertain that could change the decision. */
    NOT_SENT,
    /** Parsed; the parse agreed with the fast tier's marks. */
    CONFIRMED,
    /** Parsed; at least one mark changed, and the message was rescored. */
    ADJUSTED,
    /** Uncertain, but every pipeline stayed busy past the wait: the fast tier's assessment stands. */
    SKIPPED_BUSY,
    /** Uncertain, but the deep tier is switched off: the fast tier's assessment stands. */
    SKIPPED_OFF,
    /** Uncertain, but the parser failed (or its model did not load): the fast tier's assessment stands. */
    FAILED;

    /** True when the message went through the parser. */
    public boolean parsed() {
        return this == CONFIRMED || this == ADJUSTED;
    }

    /** True when the gate sent it (whether or not it was parsed). */
    public boolean sent() {
        return this != NOT_SENT;
    }

    /** Name used in output and as a metric tag. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
