package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * A step-in alert on the {@code caseworker-alerts} topic: only what a worker needs to decide. Immutable.
 *
 * @param alertId unique, derived from what triggered it (so a replay gives the same id)
 * @param youthId the young person (also the record key)
 * @param severity how severe
 * @param categories the categories behind it, strongest first
 * @param routeTo who it goes to
 * @param urgency how soon
 * @param assignee the caseworker for {@link Route#CASEWORKER}, otherwise null
 * @param dueBy when it should be read: the event time for {@link Urgency#NOW}, else the next working hours
 * @param trigger what raised it
 * @param triggeringEventIds the message events behind it, oldest first
 * @param evidence the exact words behind it, spans into {@code snippet}
 * @param snippet the triggering message with personal details masked, possibly shortened
 * @param reason why, in one sentence
 * @param eventTime when the triggering message was sent
 * @param detectedAt when the pipeline raised it
 * @param lexiconVersion the lexicon version that scored it
 * @param modelVersion the model version that scored it
 * @param supersedes the open alert this one escalates, or null
 */
public record Alert(String alertId, String youthId, Severity severity, List<Category> categories, Route routeTo,
                    Urgency urgency, String assignee, Instant dueBy, AlertTrigger trigger,
                    List<String> triggeringEventIds, List<AlertEvidence> evidence, String snippet, String reason,
                    Instant eventTime, Instant detectedAt, String lexiconVersion, String modelVersion,
                    String supersedes) {

    public Alert {
        requireNonNull(alertId, "alertId");
        requireNonNull(youthId, "youthId");
        requireNonNull(severity, "severity");
        requireNonNull(routeTo, "routeTo");
        requireNonNull(urgency, "urgency");
        requireNonNull(dueBy, "dueBy");
        requireNonNull(trigger, "trigger");
        requireNonNull(snippet, "snippet");
        requireNonNull(reason, "reason");
        requireNonNull(eventTime, "eventTime");
        requireNonNull(detectedAt, "detectedAt");
        categories = List.copyOf(categories);
        triggeringEventIds = List.copyOf(triggeringEventIds);
        evidence = List.copyOf(evidence);
    }

    /** Deliberately leaves out the youth id, snippet and evidence words. */
    @Override
    public String toString() {
        return "Alert[alertId=" + alertId + ", severity=" + severity + ", routeTo=" + routeTo + ", trigger="
                + trigger + ", categories=" + categories + "]";
    }
}
