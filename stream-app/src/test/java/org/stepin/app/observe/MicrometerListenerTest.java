package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertEvidence;
import org.stepin.app.event.AlertTrigger;
import org.stepin.app.event.ConsentStatus;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.app.event.Route;
import org.stepin.app.event.Urgency;
import org.stepin.core.Direction;
import org.stepin.core.EvidenceSource;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class MicrometerListenerTest {
    private static final Instant NOW = Instant.parse("2025-03-01T23:00:00Z");
    private static final String YOUTH = "youth-secret-123";
    private static final String WORKER = "worker-secret-456";
    private static final String ALERT_ID = "alert-secret-789";
    private static final String EVENT_ID = "event-secret-321";
    private static final String TERM = "pills saved up";
    private static final String SNIPPET = "i have the pills saved up and i will do it tonight, call me on 0123";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerListener listener = new MicrometerListener(registry, Clock.fixed(NOW, ZoneOffset.UTC));
    private final InstanceGauges gauges = new InstanceGauges(registry);

    private static Alert alert(String alertId, Severity severity, Route route, AlertTrigger trigger,
                               List<Category> categories, Instant eventTime) {
        List<AlertEvidence> evidence = categories.isEmpty() ? List.of()
                : List.of(new AlertEvidence(categories.get(0), EvidenceSource.LEXICON, TERM, TERM, 11, 25, 2.0,
                        List.of()));
        return new Alert(alertId, YOUTH, severity, categories, route, Urgency.NOW, WORKER, eventTime, trigger,
                List.of(EVENT_ID), evidence, SNIPPET, "own-voice intent with means and time: " + TERM, eventTime,
                eventTime.plusMillis(40), "2025.06-1", "rules-1", "superseded-secret-000");
    }

    private void driveASensitiveRun() {
        gauges.versions("2025.06-1", "rules-1");
        gauges.consentCounts(status -> status == ConsentStatus.GRANTED ? 12 : 2);
        listener.messageReceived(Direction.INBOUND);
        listener.messageReceived(Direction.OUTBOUND);
        listener.messageBlocked(BlockReason.NO_CONSENT);
        listener.messageScored(Direction.INBOUND, Severity.IMMINENT, 7_000);
        listener.deepTierScored(40_000_000);
        listener.deadLetter(ErrorKind.MALFORMED_JSON);
        Alert imminent = alert(ALERT_ID, Severity.IMMINENT, Route.ON_CALL, AlertTrigger.MESSAGE,
                List.of(Category.SUICIDAL_IDEATION, Category.SELF_HARM), NOW.minusSeconds(900));
        listener.alertEmitted(imminent, 40);
        listener.alertOpened("0_3", ALERT_ID, Route.ON_CALL, imminent.eventTime());
        listener.alertEmitted(alert("policy-secret-1", Severity.HIGH, Route.SUPERVISOR, AlertTrigger.AGE_POLICY,
                List.of(), NOW), 0);
        listener.alertSuppressed(Severity.HIGH);
        listener.alertAction(ActionKind.ACK, null, true);
        listener.alertAction(ActionKind.CLOSE, Outcome.ACTIONED, false);
        listener.stateDeleted();
        listener.lexiconReloadRejected();
    }

    @Test
    void scrapeCarriesNoIdTermOrText() {
        RuntimeMetrics.bindJvmAndProcess(registry);
        driveASensitiveRun();

        String scrape = registry.scrape();

        assertThat(scrape).doesNotContain(YOUTH, WORKER, ALERT_ID, EVENT_ID, "policy-secret-1", "superseded-secret",
                "secret", TERM, "pills", SNIPPET, "tonight", "0123", "own-voice");
        assertThat(Scrapes.sampleNames(scrape)).allSatisfy(name -> assertThat(name)
                .matches("(detector|jvm|process|system)_.*"));
    }

    @Test
    void everyMeterOfTheWholePipelineIsOursOrJvmProcessOrKafka() {
        assertThat(Scrapes.sampleNames(Scrapes.ofPipeline())).allSatisfy(name -> assertThat(name)
                .matches("(detector|jvm|process|system|kafka)_.*"));
    }

    @Test
    void everyPipelineMeterHasADescription() {
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getDescription())
                .as(meter.getId().getName()).isNotBlank());
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getName())
                .matches("detector(\\.[a-z]+)+"));
    }

    @Test
    void shouldCountWhatThePipelineDoesByItsEnumTags() {
        driveASensitiveRun();

        assertThat(count(MeterNames.MESSAGES_RECEIVED, "direction", "INBOUND")).isEqualTo(1);
        assertThat(count(MeterNames.MESSAGES_BLOCKED, "reason", "NO_CONSENT")).isEqualTo(1);
        assertThat(count(MeterNames.MESSAGES_BLOCKED, "reason", "EXPIRED")).isZero();
        assertThat(count(MeterNames.MESSAGES_SCORED, "direction", "INBOUND", "severity", "IMMINENT")).isEqualTo(1);
        assertThat(count(MeterNames.DEAD_LETTERS, "kind", "MALFORMED_JSON")).isEqualTo(1);
        assertThat(count(MeterNames.ALERTS_EMITTED, "severity", "IMMINENT", "route", "ON_CALL",
                "category", "suicidal_ideation")).isEqualTo(1);
        assertThat(count(MeterNames.ALERTS_EMITTED, "severity", "HIGH", "route", "SUPERVISOR", "category", "none"))
                .isEqualTo(1);
        assertThat(count(MeterNames.ALERTS_SUPPRESSED, "severity", "HIGH")).isEqualTo(1);
        assertThat(count(MeterNames.ALERT_ACTIONS, "action", "ACK", "outcome", "none", "matched", "true"))
                .isEqualTo(1);
        assertThat(count(MeterNames.ALERT_ACTIONS, "action", "CLOSE", "outcome", "ACTIONED", "matched", "false"))
                .isEqualTo(1);
        assertThat(registry.get(MeterNames.STATE_DELETED).counter().count()).isEqualTo(1);
        assertThat(registry.get(MeterNames.LEXICON_RELOAD_REJECTED).counter().count()).isEqualTo(1);
    }

    @Test
    void shouldTimeBothScoringTiers() {
        driveASensitiveRun();

        assertThat(registry.get(MeterNames.SCORING_LATENCY).tag("tier", "fast").timer()
                .totalTime(TimeUnit.NANOSECONDS)).isEqualTo(7_000);
        assertThat(registry.get(MeterNames.SCORING_LATENCY).tag("tier", "deep").timer().count()).isEqualTo(1);
        assertThat(registry.scrape()).contains("detector_scoring_latency_seconds_bucket{tier=\"fast\",le=");
    }

    @Test
    void shouldTimeEventToAlertForMessageAlertsOnly() {
        driveASensitiveRun();

        assertThat(registry.get(MeterNames.ALERT_LATENCY).timer().count()).isEqualTo(1);
        assertThat(registry.get(MeterNames.ALERT_LATENCY).timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
        assertThat(registry.scrape()).contains("detector_alert_latency_seconds_bucket{le=\"0.25\"} 1");
    }

    @Test
    void shouldReportOpenAndUnacknowledgedAlertsByRoute() {
        driveASensitiveRun();

        assertThat(gauge(MeterNames.ALERTS_OPEN, "ON_CALL")).isEqualTo(1);
        assertThat(gauge(MeterNames.ALERTS_UNACKNOWLEDGED_OLDEST_AGE, "ON_CALL")).isEqualTo(900);
        assertThat(registry.scrape())
                .contains("detector_alerts_unacknowledged_oldest_age_seconds{route=\"ON_CALL\"} 900.0");
        listener.alertAcknowledged(ALERT_ID);
        assertThat(gauge(MeterNames.ALERTS_UNACKNOWLEDGED_OLDEST_AGE, "ON_CALL")).isZero();
        listener.taskReleased("0_3");
        assertThat(gauge(MeterNames.ALERTS_OPEN, "ON_CALL")).isZero();
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    private double gauge(String name, String route) {
        MeterRegistry meters = registry;
        return meters.get(name).tag("route", route).gauge().value();
    }
}
