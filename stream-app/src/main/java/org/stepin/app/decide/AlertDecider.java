package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.stepin.app.config.AlertSettings;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertTrigger;
import org.stepin.app.event.ConsentRecord;
import org.stepin.core.Assessment;
import org.stepin.core.Direction;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;

/**
 * Decides, for one scored message and the youth's state, which alerts to send. Per lane: the message's own
 * severity and (youth-risk lane) the trajectory's; the higher counts. IMMINENT always alerts. Otherwise a
 * severity at the threshold alerts unless the lane's open alert is at least as severe and was raised within the
 * suppression window; a higher severity alerts again and supersedes the open one. Thread-safe.
 */
public final class AlertDecider {
    /** How long an open alert nobody closed is remembered for suppression and escalation. */
    public static final Duration OPEN_ALERT_RETENTION = Duration.ofDays(30);

    private final SeverityPolicy severities;
    private final AlertSettings settings;
    private final Trajectory trajectory;
    private final AlertRouter router;
    private final SnippetMaker snippets;

    /**
     * A decider reading each lane's severity with {@code severities} (the detector's), alerting at
     * {@code settings}' threshold, following the youth's {@code trajectory}, routing with {@code router} and
     * masking snippets with {@code snippets}.
     */
    public AlertDecider(SeverityPolicy severities, AlertSettings settings, Trajectory trajectory, AlertRouter router,
                        SnippetMaker snippets) {
        this.severities = requireNonNull(severities, "severities");
        this.settings = requireNonNull(settings, "settings");
        this.trajectory = requireNonNull(trajectory, "trajectory");
        this.router = requireNonNull(router, "router");
        this.snippets = requireNonNull(snippets, "snippets");
    }

    /** The decision for {@code message} given the youth's {@code state}, made at {@code detectedAt}. */
    public Decision decide(YouthState state, ScoredMessage message, Instant detectedAt) {
        long at = message.event().sentAt().toEpochMilli();
        YouthState next = state;
        List<Alert> alerts = new ArrayList<>(2);
        List<Severity> suppressed = new ArrayList<>(2);
        for (Lane lane : lanes(message.event().direction())) {
            Severity own = severities.severityAmong(message.assessment().severity(), message.assessment().scores(),
                    lane.categories());
            TrajectoryLevel level = null;
            if (lane == Lane.YOUTH_RISK && own.atLeast(Severity.LOW)) {
                Signal signal = new Signal(at, own, AlertCause.scoredCategories(message.assessment(), lane).keySet(),
                        message.event().eventId());
                List<Signal> signals = trajectory.retain(next.signals(), signal, at);
                next = next.withSignals(signals);
                level = trajectory.level(signals, at);
            }
            boolean byTrajectory = level != null && level.severity().compareTo(own) > 0;
            Severity severity = byTrajectory ? level.severity() : own;
            if (severity != Severity.IMMINENT && !severity.atLeast(settings.threshold())) {
                continue;
            }
            OpenAlert open = next.openAlert(lane);
            if (severity != Severity.IMMINENT && open != null && suppresses(open, severity, at)) {
                suppressed.add(severity);
                continue;
            }
            Alert alert = alert(lane, severity, byTrajectory ? level : null, open, message, detectedAt);
            alerts.add(alert);
            next = next.withOpenAlert(lane, new OpenAlert(alert.alertId(), severity, at, false));
        }
        return new Decision(next, alerts, suppressed);
    }

    /**
     * {@code state} as it should be kept at {@code now}: signals older than the trajectory window dropped, and
     * open alerts older than {@link #OPEN_ALERT_RETENTION} forgotten (the alerts themselves stay on the alerts
     * topic). Data minimisation: a youth who goes quiet leaves nothing behind.
     */
    public YouthState expire(YouthState state, long now) {
        YouthState next = state.withSignals(trajectory.retain(state.signals(), null, now));
        for (Lane lane : Lane.values()) {
            OpenAlert open = next.openAlert(lane);
            if (open != null && now - open.eventTime() >= OPEN_ALERT_RETENTION.toMillis()) {
                next = next.withOpenAlert(lane, null);
            }
        }
        return next;
    }

    /**
     * The one supervisor alert for a consent record of a young person certainly below {@code minimumAge} on
     * {@code platform}. Carries no message and no evidence.
     */
    public Alert agePolicyAlert(ConsentRecord consent, String platform, int minimumAge, Instant detectedAt) {
        AlertRouter.Routing routing = router.policy(detectedAt);
        String reason = String.format(Locale.ROOT,
                "POLICY: consent recorded for a young person below %s's minimum age of %d; nothing is scored",
                platform, minimumAge);
        return new Alert(alertId("age", consent.youthId(), consent.recordedAt().toString()), consent.youthId(),
                Severity.MODERATE, List.of(), routing.route(), routing.urgency(), routing.assignee(),
                routing.dueBy(), AlertTrigger.AGE_POLICY, List.of(), List.of(), "", reason, consent.recordedAt(),
                detectedAt, "n/a", "n/a", null);
    }

    private boolean suppresses(OpenAlert open, Severity severity, long at) {
        boolean withinWindow = at - open.eventTime() < settings.suppression().toMillis();
        return withinWindow && severity.compareTo(open.severity()) <= 0;
    }

    private Alert alert(Lane lane, Severity severity, TrajectoryLevel level, OpenAlert open,
                        ScoredMessage message, Instant detectedAt) {
        Assessment assessment = message.assessment();
        String eventId = message.event().eventId();
        String youthId = message.event().youthId();
        AlertWords words = AlertWords.of(message.event().text(), LaneEvidence.pick(assessment, lane), snippets);
        AlertCause cause = level == null ? AlertCause.ofMessage(assessment, lane, eventId)
                : AlertCause.ofTrajectory(level, severity);
        AlertRouter.Routing routing = router.route(lane, severity, message.caseworker(), detectedAt);
        String supersedes = open != null && severity.compareTo(open.severity()) > 0 ? open.alertId() : null;
        return new Alert(alertId(lane.name(), youthId, eventId), youthId, severity, cause.categories(),
                routing.route(), routing.urgency(), routing.assignee(), routing.dueBy(), cause.trigger(),
                cause.eventIds(), words.evidence(), words.snippet(), cause.reason(), message.event().sentAt(),
                detectedAt, assessment.lexiconVersion(), assessment.modelVersion(), supersedes);
    }

    private static List<Lane> lanes(Direction direction) {
        return direction == Direction.INBOUND ? List.of(Lane.YOUTH_RISK, Lane.SUPERVISOR) : List.of(Lane.SUPERVISOR);
    }






    private static String alertId(String kind, String youthId, String trigger) {
        String seed = "stepin-alert|" + kind + "|" + youthId + "|" + trigger;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
