package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.stepin.app.decide.AlertDecider;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertTrigger;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.app.event.Route;
import org.stepin.core.Direction;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * Reports what the pipeline does as Micrometer meters, named {@code detector.*} and tagged only with enum values
 * (see {@link MeterNames}). Every tagged meter is registered up front with all its tag values, so each series
 * exists at zero before its first event (Prometheus' {@code increase()} then sees the first one) and the hot path
 * looks meters up in arrays, never in the registry.
 *
 * <p>The open-alert gauges come from an in-memory {@link OpenAlertBook}: they are per instance (see there). The
 * instance's other gauges are {@link InstanceGauges}; {@link MeterCounts} reads the counts back. Thread-safe.
 */
public final class MicrometerListener implements PipelineListener {
    /** Most open alerts one instance tracks for the open-alert gauges. */
    public static final int OPEN_ALERT_CAPACITY = 100_000;
    /** Tag value for an alert without categories (a policy alert) and for an action without an outcome. */
    public static final String NONE = "none";

    private final MeterRegistry registry;
    private final OpenAlertBook openAlerts;
    private final Map<Direction, Counter> received = new EnumMap<>(Direction.class);
    private final Map<BlockReason, Counter> blocked = new EnumMap<>(BlockReason.class);
    private final Map<Direction, Map<Severity, Counter>> scored = new EnumMap<>(Direction.class);
    private final Map<ErrorKind, Counter> deadLetters = new EnumMap<>(ErrorKind.class);
    private final Map<Severity, Counter> suppressed = new EnumMap<>(Severity.class);
    private final Map<String, Counter> emitted = new HashMap<>();
    private final Map<String, Counter> actions = new HashMap<>();
    private final Timer fastTier;
    private final Timer deepTier;
    private final Timer alertLatency;
    private final Counter stateDeleted;
    private final Counter reloadRejected;
    private final Counter openAlertOverflow;

    /**
     * Registers the pipeline's meters in {@code registry}; {@code clock} dates the open alerts' ages.
     */
    public MicrometerListener(MeterRegistry registry, Clock clock) {
        this.registry = requireNonNull(registry, "registry");
        this.openAlerts = new OpenAlertBook(clock, OPEN_ALERT_CAPACITY, AlertDecider.OPEN_ALERT_RETENTION);
        for (Direction direction : Direction.values()) {
            received.put(direction, counter(MeterNames.MESSAGES_RECEIVED, "Messages that passed parsing",
                    "direction", direction.name()));
            Map<Severity, Counter> bySeverity = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                bySeverity.put(severity, counter(MeterNames.MESSAGES_SCORED, "Messages scored, by severity",
                        "direction", direction.name(), "severity", severity.name()));
            }
            scored.put(direction, bySeverity);
        }
        for (BlockReason reason : BlockReason.values()) {
            blocked.put(reason, counter(MeterNames.MESSAGES_BLOCKED,
                    "Messages the consent gate dropped before scoring, by reason", "reason", reason.name()));
        }
        for (ErrorKind kind : ErrorKind.values()) {
            deadLetters.put(kind, counter(MeterNames.DEAD_LETTERS,
                    "Records sent to the dead-letter topic, by error kind", "kind", kind.name()));
        }
        for (Severity severity : Severity.values()) {
            suppressed.put(severity, counter(MeterNames.ALERTS_SUPPRESSED,
                    "Alert-worthy signals held back because an open alert covers them", "severity",
                    severity.name()));
            for (Route route : Route.values()) {
                for (String category : categoryTags()) {
                    emitted.put(emittedKey(severity, route, category), counter(MeterNames.ALERTS_EMITTED,
                            "Step-in alerts sent, by severity, route and first category", "severity",
                            severity.name(), "route", route.name(), "category", category));
                }
            }
        }
        for (ActionKind action : ActionKind.values()) {
            for (String outcome : outcomeTags()) {
                for (boolean matched : new boolean[] {true, false}) {
                    actions.put(actionKey(action, outcome, matched), counter(MeterNames.ALERT_ACTIONS,
                            "Workers' actions on alerts; matched=false when the alert was not open",
                            "action", action.name(), "outcome", outcome, "matched", Boolean.toString(matched)));
                }
            }
        }
        fastTier = scoringTimer("fast");
        deepTier = scoringTimer("deep");
        alertLatency = Timer.builder(MeterNames.ALERT_LATENCY)
                .description("From the triggering message's time to the alert being sent")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(250))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        stateDeleted = counter(MeterNames.STATE_DELETED,
                "Young people whose stored state was deleted because consent was revoked");
        reloadRejected = counter(MeterNames.LEXICON_RELOAD_REJECTED,
                "Lexicon reloads rejected; the running version stays");
        openAlertOverflow = counter(MeterNames.ALERTS_OPEN_UNTRACKED,
                "Open alerts this instance could not track because its book was full");
        for (Route route : Route.values()) {
            Gauge.builder(MeterNames.ALERTS_OPEN, openAlerts, book -> book.openCount(route))
                    .description("Alerts open (not closed) in this instance's stream tasks")
                    .tag("route", route.name())
                    .strongReference(true)
                    .register(registry);
            Gauge.builder(MeterNames.ALERTS_UNACKNOWLEDGED_OLDEST_AGE, openAlerts,
                            book -> book.oldestUnacknowledgedSeconds(route))
                    .description("How long the oldest unacknowledged open alert has waited, from its message's time;"
                            + " 0 when none")
                    .baseUnit("seconds")
                    .tag("route", route.name())
                    .strongReference(true)
                    .register(registry);
        }
    }

    @Override
    public void messageReceived(Direction direction) {
        received.get(direction).increment();
    }

    @Override
    public void messageBlocked(BlockReason reason) {
        blocked.get(reason).increment();
    }

    @Override
    public void messageScored(Direction direction, Severity severity, long nanos) {
        scored.get(direction).get(severity).increment();
        fastTier.record(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    @Override
    public void deepTierScored(long nanos) {
        deepTier.record(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    @Override
    public void deadLetter(ErrorKind kind) {
        deadLetters.get(kind).increment();
    }

    @Override
    public void alertEmitted(Alert alert, long latencyMillis) {
        String category = alert.categories().isEmpty() ? NONE : alert.categories().get(0).id();
        emitted.get(emittedKey(alert.severity(), alert.routeTo(), category)).increment();
        if (alert.trigger() != AlertTrigger.AGE_POLICY) {
            alertLatency.record(Duration.ofMillis(Math.max(0, latencyMillis)));
        }
    }

    @Override
    public void alertSuppressed(Severity severity) {
        suppressed.get(severity).increment();
    }

    @Override
    public void alertAction(ActionKind action, Outcome outcome, boolean matched) {
        actions.get(actionKey(action, outcome == null ? NONE : outcome.name(), matched)).increment();
    }

    @Override
    public void stateDeleted() {
        stateDeleted.increment();
    }

    @Override
    public void alertOpened(String task, String alertId, Route route, Instant eventTime) {
        if (!openAlerts.open(task, alertId, route, eventTime)) {
            openAlertOverflow.increment();
        }
    }

    @Override
    public void alertAcknowledged(String alertId) {
        openAlerts.acknowledge(alertId);
    }

    @Override
    public void alertClosed(String alertId) {
        openAlerts.close(alertId);
    }

    @Override
    public void taskReleased(String task) {
        openAlerts.release(task);
    }

    @Override
    public void lexiconReloadRejected() {
        reloadRejected.increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private Timer scoringTimer(String tier) {
        return Timer.builder(MeterNames.SCORING_LATENCY)
                .description("Time to score one message, by tier (deep: only messages the fast tier is unsure of)")
                .tag("tier", tier)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(1_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    private static List<String> categoryTags() {
        List<String> tags = new ArrayList<>();
        for (Category category : Category.values()) {
            tags.add(category.id());
        }
        tags.add(NONE);
        return tags;
    }

    private static List<String> outcomeTags() {
        List<String> tags = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            tags.add(outcome.name());
        }
        tags.add(NONE);
        return tags;
    }

    private static String emittedKey(Severity severity, Route route, String category) {
        return severity.name() + '/' + route.name() + '/' + category;
    }

    private static String actionKey(ActionKind action, String outcome, boolean matched) {
        return action.name() + '/' + outcome + '/' + matched;
    }
}
