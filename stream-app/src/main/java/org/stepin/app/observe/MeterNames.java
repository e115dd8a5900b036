package org.stepin.app.observe;

/**
 * The names of the pipeline's own meters: lowercase, dotted, prefixed {@code detector.}, without units or
 * {@code _total} (the Prometheus registry adds those: {@code detector.messages.received} is scraped as
 * {@code detector_messages_received_total}, a timer gains {@code _seconds_*}). They are a contract with
 * {@code deploy/prometheus} and {@code deploy/grafana}, checked by a test against a real scrape. Tags are enum
 * values only.
 */
public final class MeterNames {
    /** Counter {@code {direction}}: messages that passed parsing. */
    public static final String MESSAGES_RECEIVED = "detector.messages.received";
    /** Counter {@code {reason}}: messages the consent gate dropped ({@link BlockReason}). */
    public static final String MESSAGES_BLOCKED = "detector.messages.blocked";
    /** Counter {@code {direction,severity}}: messages scored. */
    public static final String MESSAGES_SCORED = "detector.messages.scored";
    /** Timer {@code {tier=fast|deep}} with a percentile histogram: time to score one message. */
    public static final String SCORING_LATENCY = "detector.scoring.latency";
    /** Counter {@code {severity,route,category}}: alerts sent; category is the first one, or {@code none}. */
    public static final String ALERTS_EMITTED = "detector.alerts.emitted";
    /** Timer with a percentile histogram and a 250 ms bucket: triggering message's time to alert sent. */
    public static final String ALERT_LATENCY = "detector.alert.latency";
    /** Counter {@code {severity}}: alert-worthy signals held back by an open alert. */
    public static final String ALERTS_SUPPRESSED = "detector.alerts.suppressed";
    /** Counter {@code {kind}}: records sent to the dead-letter topic ({@code ErrorKind}). */
    public static final String DEAD_LETTERS = "detector.dead.letters";
    /** Counter {@code {action,outcome,matched}}: workers' actions on alerts. */
    public static final String ALERT_ACTIONS = "detector.alert.actions";
    /** Counter: young people whose stored state was deleted on revocation. */
    public static final String STATE_DELETED = "detector.state.deleted";
    /** Gauge {@code {route}}: open alerts in this instance's tasks. */
    public static final String ALERTS_OPEN = "detector.alerts.open";
    /** Gauge {@code {route}}, seconds: age of this instance's oldest unacknowledged open alert. */
    public static final String ALERTS_UNACKNOWLEDGED_OLDEST_AGE = "detector.alerts.unacknowledged.oldest.age";
    /** Counter: open alerts not tracked because the book was full. */
    public static final String ALERTS_OPEN_UNTRACKED = "detector.alerts.open.untracked";
    /** Gauge {@code {lexicon_version,model_version}}, always 1: the running versions. */
    public static final String INFO = "detector.info";
    /** Gauge {@code {status}}: consent records in this instance's consent table. */
    public static final String CONSENTS = "detector.consents";
    /** Counter: lexicon reloads rejected. */
    public static final String LEXICON_RELOAD_REJECTED = "detector.lexicon.reload.rejected";

    private MeterNames() {
    }
}
