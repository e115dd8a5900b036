package org.stepin.app.topics;

/** What a topic is for in the pipeline; its {@link #key()} names it in the definitions file. */
public enum TopicRole {
    /** Chat messages, keyed by youth id. */
    MESSAGES("messages"),
    /** Consent records, compacted, keyed by youth id. */
    CONSENTS("consents"),
    /** Workers' actions on alerts, keyed by youth id. */
    ALERT_ACTIONS("alert-actions"),
    /** Step-in alerts, keyed by youth id. */
    ALERTS("alerts"),
    /** Records that could not be processed. */
    DEAD_LETTERS("dead-letters");

    private final String key;

    TopicRole(String key) {
        this.key = key;
    }

    /** The role's name in the definitions file ({@code topic.<key>.*}). */
    public String key() {
        return key;
    }

    /** True for the inputs keyed by youth id, which must be co-partitioned. */
    public boolean coPartitioned() {
        return this == MESSAGES || this == CONSENTS || this == ALERT_ACTIONS;
    }
}
