package org.stepin.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertTrigger;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.app.event.Route;
import org.stepin.app.event.Urgency;
import org.stepin.core.Direction;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class MeterCountsTest {
    private static final Instant T = Instant.parse("2025-03-01T23:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerListener listener = new MicrometerListener(registry, Clock.systemUTC());
    private final MeterCounts counts = new MeterCounts(registry);

    private static Alert alert(Severity severity, Route route, List<Category> categories) {
        return new Alert("a1", "y1", severity, categories, route, Urgency.NOW, "w1", T, AlertTrigger.MESSAGE,
                List.of("e1"), List.of(), "", "", T, T, "lexicon-1", "rules-1", null);
    }

    @Test
    void nothingCountedReadsEmptyThoughEveryMeterIsRegisteredAtZero() {
        assertThat(registry.getMeters()).isNotEmpty();
        assertThat(counts.snapshot()).isEmpty();
        assertThat(counts.count("blocked.NO_CONSENT")).isZero();
    }

    @Test
    void shouldReadTheListenersMetersUnderShortNamesSummingTheTagsItDoesNotName() {
        listener.messageReceived(Direction.INBOUND);
        listener.messageReceived(Direction.INBOUND);
        listener.messageReceived(Direction.OUTBOUND);
        listener.messageBlocked(BlockReason.NO_CONSENT);
        listener.messageScored(Direction.INBOUND, Severity.IMMINENT, 1_000);
        listener.messageScored(Direction.INBOUND, Severity.NONE, 1_000);
        listener.deepTierScored(5_000);
        listener.deadLetter(ErrorKind.MALFORMED_JSON);
        listener.alertEmitted(alert(Severity.IMMINENT, Route.ON_CALL, List.of(Category.SUICIDAL_IDEATION)), 10);
        listener.alertEmitted(alert(Severity.IMMINENT, Route.ON_CALL, List.of(Category.SELF_HARM)), 10);
        listener.alertSuppressed(Severity.HIGH);
        listener.alertAction(ActionKind.ACK, null, true);
        listener.alertAction(ActionKind.CLOSE, Outcome.ACTIONED, false);
        listener.alertAction(ActionKind.CLOSE, Outcome.FALSE_ALARM, false);
        listener.stateDeleted();
        listener.lexiconReloadRejected();

        assertThat(counts.snapshot()).isEqualTo(Map.ofEntries(
                Map.entry("action.ACK", 1L), Map.entry("action.CLOSE.unmatched", 2L),
                Map.entry("alert.ON_CALL.IMMINENT", 2L), Map.entry("blocked.NO_CONSENT", 1L),
                Map.entry("deadLetter.MALFORMED_JSON", 1L), Map.entry("received.INBOUND", 2L),
                Map.entry("received.OUTBOUND", 1L), Map.entry("scored.INBOUND", 2L), Map.entry("scored.deep", 1L),
                Map.entry("stateDeleted", 1L), Map.entry("suppressed.HIGH", 1L)));
        assertThat(counts.snapshot().toString()).startsWith("{action.ACK=1, action.CLOSE.unmatched=2, ");
    }

    @Test
    void shouldReadAChildOfTheCompositeThePipelineRegistersOn() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        SimpleMeterRegistry child = new SimpleMeterRegistry();
        MicrometerListener both = new MicrometerListener(new CompositeMeterRegistry().add(prometheus).add(child),
                Clock.systemUTC());

        both.messageBlocked(BlockReason.REVOKED);
        both.deadLetter(ErrorKind.MALFORMED_JSON);

        assertThat(new MeterCounts(child).snapshot())
                .isEqualTo(Map.of("blocked.REVOKED", 1L, "deadLetter.MALFORMED_JSON", 1L));
        assertThat(prometheus.scrape()).contains("detector_messages_blocked_total{reason=\"REVOKED\"} 1.0");
    }
}
