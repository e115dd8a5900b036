package org.stepin.app.topology;

/**
 * The names of the topology's nodes and stores. They are a contract with operators (metrics, changelog topics
 * {@code <application.id>-<store>-changelog}) and are pinned by a test: renaming one orphans its state.
 */
public final class NodeNames {
    /** Source of chat messages. */
    public static final String MESSAGES_SOURCE = "messages-source";
    /** Source of consent records. */
    public static final String CONSENTS_SOURCE = "consents-source";
    /** Source of workers' alert actions. */
    public static final String ACTIONS_SOURCE = "alert-actions-source";
    /** Drops messages without consent, before anything else sees them. */
    public static final String CONSENT_GATE = "consent-gate";
    /** Scores consented messages with the detector. */
    public static final String SCORER = "message-scorer";
    /** Keeps the per-youth state and decides on alerts. */
    public static final String ALERT_DECIDER = "alert-decider";
    /** Keeps the consent table, deletes state on revocation, raises age-policy alerts. */
    public static final String CONSENT_UPDATER = "consent-updater";
    /** Applies acknowledge and close to open alerts. */
    public static final String ACTION_APPLIER = "alert-action-applier";
    /** Sink of alerts. */
    public static final String ALERTS_SINK = "alerts-sink";
    /** Store of the latest consent per youth. */
    public static final String CONSENT_STORE = "consent-store";
    /** Store of each youth's recent signals and open alerts. */
    public static final String YOUTH_STATE_STORE = "youth-state-store";

    private NodeNames() {
    }
}
