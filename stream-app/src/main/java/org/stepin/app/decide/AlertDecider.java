package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stepin.app.config.AlertSettings;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertEvidence;
import org.stepin.app.event.AlertTrigger;
import org.stepin.app.event.ConsentRecord;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.Evidence;
import org.stepin.core.lexicon.Category;
import org.stepin.core.privacy.Snippet;
import org.stepin.core.privacy.Span;
import org.stepin.core.score.Severity;

/**
 * Decides, for one scored message and the youth's state, which alerts to send. Per lane: the message's own
 * severity and (youth-risk lane) the trajectory's; the higher counts. IMMINENT always alerts. Otherwise a
 * severity at the threshold alerts unless the lane's open alert is at least as severe and was raised within the
 * suppression window; a higher severity alerts again and supersedes the open one. Thread-safe.
 */
public final class AlertDecider {
    /** How long an open alert nobody closed is remembered for suppression and escalation. */
    public static final Duration OPEN_ALERT_RETENTION = Duration.ofDays(30);

    private final Detector detector;
    private final AlertSettings settings;
    private final Trajectory trajectory;
    private final AlertRouter router;
    private final SnippetMaker snippets;

    /** A decider with these parts. */
    public AlertDecider(Detector detector, AlertSettings settings, Trajectory trajectory, AlertRouter router,
                        SnippetMaker snippets) {
        this.detector = requireNonNull(detector, "detector");
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
            Severity own = detector.severityAmong(message.assessment(), lane.categories());
            TrajectoryLevel level = null;
            if (lane == Lane.YOUTH_RISK && own.atLeast(Severity.LOW)) {
                Signal signal = new Signal(at, own, scoredCategories(message.assessment(), lane).keySet(),
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
        List<Evidence> evidence = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Evidence item : assessment.evidence()) {
            // words only: the classifier's share has no span and is stated in the reason and model version
            boolean hasWords = item.end() > item.start();
            // evidence the deep tier reviewed stays even at weight 0: the worker sees what the parse decided
            boolean counts = item.effectiveWeight() > 0 || item.reviewed();
            if (lane.categories().contains(item.category()) && counts && hasWords) {
                evidence.add(item);
            }
        }
        evidence.sort(Comparator.comparingDouble(Evidence::effectiveWeight).reversed());
        for (Evidence item : evidence) {
            spans.add(new Span(item.start(), item.end()));
        }
        Snippet snippet = snippets.make(message.event().text(), spans);
        List<AlertEvidence> words = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            Optional<Span> mapped = snippet.spans().get(i);
            if (mapped.isPresent()) {
                Span span = mapped.get();
                Evidence item = evidence.get(i);
                words.add(new AlertEvidence(item.category(), snippet.text().substring(span.start(), span.end()),
                        span.start(), span.end(), item.effectiveWeight(), item.marks()));
            }
        }
        AlertRouter.Routing routing = router.route(lane, severity, message.caseworker(), detectedAt);
        String supersedes = open != null && severity.compareTo(open.severity()) > 0 ? open.alertId() : null;
        String eventId = message.event().eventId();
        String youthId = message.event().youthId();
        return new Alert(alertId(lane.name(), youthId, eventId), youthId, severity,
                level == null ? categories(assessment, lane) : categories(level), routing.route(), routing.urgency(),
                routing.assignee(), routing.dueBy(), level == null ? AlertTrigger.MESSAGE : AlertTrigger.TRAJECTORY,
                level == null ? List.of(eventId) : eventIds(level), words, snippet.text(),
                level == null ? assessment.reason() : reason(level, severity), message.event().sentAt(),
                detectedAt, assessment.lexiconVersion(), assessment.modelVersion(), supersedes);
    }

    private static List<Lane> lanes(Direction direction) {
        return direction == Direction.INBOUND ? List.of(Lane.YOUTH_RISK, Lane.SUPERVISOR) : List.of(Lane.SUPERVISOR);
    }

    private static Map<Category, Double> scoredCategories(Assessment assessment, Lane lane) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        assessment.scores().forEach((category, score) -> {
            if (lane.categories().contains(category) && score > 0) {
                scores.put(category, score);
            }
        });
        return scores;
    }

    private static List<Category> categories(Assessment assessment, Lane lane) {
        List<Map.Entry<Category, Double>> scored = new ArrayList<>(scoredCategories(assessment, lane).entrySet());
        scored.sort(Map.Entry.<Category, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    private static List<Category> categories(TrajectoryLevel level) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (int i = level.contributing().size() - 1; i >= 0; i--) {
            categories.addAll(level.contributing().get(i).categories());
        }
        return List.copyOf(categories);
    }

    private static List<String> eventIds(TrajectoryLevel level) {
        Set<String> ids = new LinkedHashSet<>();
        level.contributing().forEach(signal -> ids.add(signal.eventId()));
        return List.copyOf(ids);
    }

    private static String reason(TrajectoryLevel level, Severity severity) {
        List<Signal> signals = level.contributing();
        Duration span = Duration.ofMillis(signals.get(signals.size() - 1).at() - signals.get(0).at());
        return String.format(Locale.ROOT, "%s: trajectory of %d signals over %.1f days, decayed sum %.2f",
                severity, signals.size(), span.toMinutes() / 1440.0, level.score());
    }

    private static String alertId(String kind, String youthId, String trigger) {
        String seed = "stepin-alert|" + kind + "|" + youthId + "|" + trigger;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
