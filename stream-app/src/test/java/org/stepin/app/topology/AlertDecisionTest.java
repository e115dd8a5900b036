package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stepin.app.decide.YouthState;
import org.stepin.app.serde.YouthStateSerde;

/** Alert decisions through the real topology: thresholds, suppression edges, escalation, actions, routing. */
class AlertDecisionTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(6);
    private static final Duration MS = Duration.ofMillis(1);
    private static final String LOW = "everything is so meh lately";
    private static final String MODERATE = "i feel so hopeless lately";
    private static final String HIGH = "i cut myself again last night";
    private static final String IMMINENT = "i want to die tonight";

    private PipelineDriver pipeline;

    @BeforeEach
    void start() {
        pipeline = new PipelineDriver();
        for (String youth : List.of("a", "b", "c")) {
            pipeline.consent(Events.consent(youth, T.minus(Duration.ofDays(30)), null, 2010));
        }
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void aModerateMessageGoesToTheAssignedCaseworkerWithWhatTheyNeed() {
        pipeline.send(Events.message("e1", "a", T, MODERATE));

        JsonNode alert = single(pipeline.alerts());
        assertThat(alert.get("severity").asText()).isEqualTo("MODERATE");
        assertThat(alert.get("routeTo").asText()).isEqualTo("CASEWORKER");
        assertThat(alert.get("assignee").asText()).isEqualTo(Events.CASEWORKER);
        assertThat(alert.get("urgency").asText()).isEqualTo("NEXT_WORKING_HOURS");
        assertThat(alert.get("trigger").asText()).isEqualTo("MESSAGE");
        assertThat(alert.get("categories").get(0).asText()).isEqualTo("hopelessness");
        assertThat(alert.get("eventTime").asText()).isEqualTo(T.toString());
        assertThat(alert.get("lexiconVersion").asText()).startsWith("0.");
        assertThat(alert.get("modelVersion").asText()).isNotBlank();
        assertThat(alert.get("supersedes").isNull()).isTrue();
        JsonNode evidence = alert.get("evidence").get(0);
        assertThat(alert.get("snippet").asText().substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                .isEqualTo(evidence.get("words").asText()).isEqualTo("feel so hopeless");
    }

    @Test
    void outsideWorkingHoursAModerateAlertIsDueAtTheNextOpening() {
        pipeline.advanceWallClock(Duration.ofHours(6)); // Monday 18:00 in London
        pipeline.send(Events.message("e1", "a", T, MODERATE));

        assertThat(single(pipeline.alerts()).get("dueBy").asText()).isEqualTo("2026-03-03T09:00:00Z");
    }

    @Test
    void highAndImminentPageOnCallNow() {
        pipeline.send(Events.message("e1", "a", T, HIGH));
        pipeline.send(Events.message("e2", "b", T, IMMINENT));

        List<JsonNode> alerts = pipeline.alerts();
        assertThat(alerts).extracting(alert -> alert.get("severity").asText() + "/" + alert.get("routeTo").asText()
                + "/" + alert.get("urgency").asText() + "/" + alert.get("assignee").isNull())
                .containsExactly("HIGH/ON_CALL/NOW/true", "IMMINENT/ON_CALL/NOW/true");
    }

    @Test
    void aLowMessageAloneDoesNotAlert() {
        pipeline.send(Events.message("e1", "a", T, LOW));
        pipeline.send(Events.message("e2", "a", T, "see you at the youth club later"));

        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void aRepeatJustInsideTheSuppressionWindowStaysQuietAndOneAtItsEndAlerts() {
        pipeline.send(Events.message("a1", "a", T, MODERATE));
        pipeline.send(Events.message("a2", "a", T.plus(WINDOW).minus(MS), MODERATE));
        pipeline.send(Events.message("b1", "b", T, MODERATE));
        pipeline.send(Events.message("b2", "b", T.plus(WINDOW), MODERATE));

        assertThat(pipeline.alerts()).extracting(alert -> alert.get("triggeringEventIds").get(0).asText())
                .containsExactly("a1", "b1", "b2");
        assertThat(pipeline.counts.count("suppressed.MODERATE")).isEqualTo(1);
    }

    @Test
    void aHigherSeverityAlertsAgainAndSupersedesTheOpenAlert() {
        pipeline.send(Events.message("e1", "a", T, MODERATE));
        pipeline.send(Events.message("e2", "a", T.plusSeconds(60), HIGH));

        List<JsonNode> alerts = pipeline.alerts();
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(1).get("supersedes").asText()).isEqualTo(alerts.get(0).get("alertId").asText());
        assertThat(alerts.get(1).get("routeTo").asText()).isEqualTo("ON_CALL");
    }

    @Test
    void imminentAlertsAtOnceEveryTime() {
        pipeline.send(Events.message("e1", "a", T, IMMINENT));
        pipeline.send(Events.message("e2", "a", T.plusSeconds(60), IMMINENT));

        assertThat(pipeline.alerts()).extracting(alert -> alert.get("severity").asText())
                .containsExactly("IMMINENT", "IMMINENT");
    }

    @Test
    void acknowledgingKeepsRepeatsQuietAndClosingLetsTheNextSignalAlert() {
        pipeline.send(Events.message("a1", "a", T, MODERATE));
        String first = single(pipeline.alerts()).get("alertId").asText();
        pipeline.act("a", Events.action(first, "ACK", null, T.plusSeconds(60)));
        pipeline.send(Events.message("a2", "a", T.plusSeconds(120), MODERATE));
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.youthStates().get("a").youthAlert().acknowledged()).isTrue();

        pipeline.act("a", Events.action(first, "CLOSE", "ACTIONED", T.plusSeconds(180)));
        pipeline.send(Events.message("a3", "a", T.plusSeconds(240), MODERATE));
        JsonNode next = single(pipeline.alerts());
        assertThat(next.get("triggeringEventIds").get(0).asText()).isEqualTo("a3");
        assertThat(next.get("supersedes").isNull()).isTrue();
        assertThat(pipeline.counts.count("action.ACK")).isEqualTo(1);
        assertThat(pipeline.counts.count("action.CLOSE")).isEqualTo(1);
    }

    @Test
    void anActionOnAnAlertThatIsNotOpenChangesNothing() {
        pipeline.send(Events.message("a1", "a", T, MODERATE));
        pipeline.alerts();
        YouthState before = pipeline.youthStates().get("a");
        pipeline.act("a", Events.action("no-such-alert", "CLOSE", "FALSE_ALARM", T.plusSeconds(60)));

        assertThat(pipeline.youthStates().get("a")).isEqualTo(before);
        assertThat(pipeline.counts.count("action.CLOSE.unmatched")).isEqualTo(1);
    }

    @Test
    void moderateSignalsOnThreeDaysEscalateToAHighTrajectoryAlert() {
        pipeline.send(Events.message("e1", "a", T, MODERATE));
        pipeline.send(Events.message("e2", "a", T.plus(Duration.ofDays(1)), MODERATE));
        pipeline.send(Events.message("e3", "a", T.plus(Duration.ofDays(2)), MODERATE));

        List<JsonNode> alerts = pipeline.alerts();
        assertThat(alerts).extracting(alert -> alert.get("severity").asText() + "/" + alert.get("trigger").asText())
                .containsExactly("MODERATE/MESSAGE", "MODERATE/MESSAGE", "HIGH/TRAJECTORY");
        JsonNode escalation = alerts.get(2);
        assertThat(escalation.get("routeTo").asText()).isEqualTo("ON_CALL");
        assertThat(escalation.get("triggeringEventIds")).extracting(JsonNode::asText)
                .containsExactly("e1", "e2", "e3");
        assertThat(escalation.get("supersedes").asText()).isEqualTo(alerts.get(1).get("alertId").asText());
        assertThat(escalation.get("reason").asText()).contains("trajectory of 3 signals");
    }

    @Test
    void moderateSignalsSpreadBeyondTheWindowDoNotEscalate() {
        pipeline.send(Events.message("e1", "a", T, MODERATE));
        pipeline.send(Events.message("e2", "a", T.plus(Duration.ofDays(7)), MODERATE));
        pipeline.send(Events.message("e3", "a", T.plus(Duration.ofDays(14)), MODERATE));

        assertThat(pipeline.alerts()).extracting(alert -> alert.get("trigger").asText())
                .containsExactly("MESSAGE", "MESSAGE", "MESSAGE");
    }

    @Test
    void aRunOfLowSignalsOverDaysReachesModerate() {
        for (int i = 0; i < 4; i++) {
            pipeline.send(Events.message("e" + i, "a", T.plus(Duration.ofHours(12L * i)), LOW));
        }
        assertThat(pipeline.alerts()).isEmpty();

        pipeline.send(Events.message("e4", "a", T.plus(Duration.ofHours(48)), LOW));
        JsonNode alert = single(pipeline.alerts());
        assertThat(alert.get("trigger").asText()).isEqualTo("TRAJECTORY");
        assertThat(alert.get("severity").asText()).isEqualTo("MODERATE");
        assertThat(alert.get("triggeringEventIds")).hasSize(5);
    }

    @Test
    void oneConversationCountsOnceHoweverManyMessagesItTakes() {
        for (int i = 0; i < 6; i++) {
            pipeline.send(Events.message("e" + i, "a", T.plus(Duration.ofMinutes(10L * i)), MODERATE));
        }

        assertThat(pipeline.alerts()).extracting(alert -> alert.get("severity").asText())
                .containsExactly("MODERATE");
        assertThat(pipeline.youthStates().get("a").signals()).hasSize(1);
        assertThat(pipeline.counts.count("suppressed.MODERATE")).isEqualTo(5);
    }

    @Test
    void storedStateStaysBoundedWhateverTheVolume() {
        for (int i = 0; i < 200; i++) {
            String text = i % 2 == 0 ? LOW : MODERATE;
            pipeline.send(Events.message(java.util.UUID.randomUUID().toString(), "a",
                    T.plus(Duration.ofMinutes(90L * i)), text));
        }
        YouthState state = pipeline.youthStates().get("a");
        assertThat(state.signals()).hasSize(pipeline.config.trajectory().maxEntries());
        assertThat(YouthStateSerde.write(state).length).isLessThan(2048);
        assertThat(state.signals().get(0).at())
                .isGreaterThan(T.plus(Duration.ofMinutes(90L * 199)).minus(Duration.ofDays(7)).toEpochMilli());
    }

    @Test
    void aQuietYouthsStateIsSweptAwayOnceItsSignalsAndOpenAlertExpire() {
        pipeline.send(Events.message("e1", "a", Instant.parse("2026-03-02T11:00:00Z"), MODERATE));
        assertThat(pipeline.youthStates().get("a")).isNotNull();

        pipeline.advanceWallClock(Duration.ofDays(8));
        YouthState afterWindow = pipeline.youthStates().get("a");
        assertThat(afterWindow.signals()).isEmpty();
        assertThat(afterWindow.youthAlert()).as("an open alert is remembered for 30 days").isNotNull();

        pipeline.advanceWallClock(Duration.ofDays(23));
        assertThat(pipeline.youthStates().get("a")).isNull();
    }

    @Test
    void harassmentOfAWorkerGoesToASupervisorApartFromTheYouthsOwnRisk() {
        pipeline.send(Events.message("e1", "a", T, "you are a useless stupid cow"));
        pipeline.send(Events.message("e2", "b", T, "you are a useless stupid cow and i cut myself again last night"));

        List<JsonNode> alerts = pipeline.alerts();
        assertThat(alerts).extracting(alert -> alert.get("youthId").asText() + "/" + alert.get("routeTo").asText()
                + "/" + alert.get("categories").get(0).asText())
                .containsExactly("a/SUPERVISOR/worker_harassment", "b/ON_CALL/self_harm",
                        "b/SUPERVISOR/worker_harassment");
    }

    @Test
    void outboundMessagesAreCheckedOnlyByTheBoundaryGuard() {
        pipeline.send(Events.outbound("o1", "a", T, "text me on my personal number"));
        pipeline.send(Events.outbound("o2", "b", T, "you said you want to die tonight, i am here for you"));

        JsonNode alert = single(pipeline.alerts());
        assertThat(alert.get("youthId").asText()).isEqualTo("a");
        assertThat(alert.get("routeTo").asText()).isEqualTo("SUPERVISOR");
        assertThat(alert.get("categories")).extracting(JsonNode::asText).containsExactly("boundary");
        assertThat(pipeline.counts.count("scored.OUTBOUND")).isEqualTo(2);
    }

    @Test
    void theSnippetMasksPersonalDetailsAndKeepsEvidenceSpansOnTheWords() {
        String text = "my address is 12 Baker Street, call 07700 900123 or mail kid@example.com - i cut myself again";
        pipeline.send(Events.message("e1", "a", T, text));

        JsonNode alert = single(pipeline.alerts());
        String snippet = alert.get("snippet").asText();
        assertThat(snippet).doesNotContain("07700").doesNotContain("900123").doesNotContain("kid@example.com")
                .doesNotContain("Baker").contains("[phone]").contains("[email]");
        for (JsonNode evidence : alert.get("evidence")) {
            assertThat(snippet.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                    .isEqualTo(evidence.get("words").asText());
        }
        assertThat(alert.get("evidence")).extracting(evidence -> evidence.get("words").asText())
                .contains("cut myself again");
    }

    @Test
    void aReplayOfTheSameEventsGivesTheSameAlertIds() {
        pipeline.send(Events.message("e1", "a", T, HIGH));
        String first = single(pipeline.alerts()).get("alertId").asText();
        try (PipelineDriver other = new PipelineDriver()) {
            other.consent(Events.consent("a", T.minus(Duration.ofDays(30)), null, 2010));
            other.send(Events.message("e1", "a", T, HIGH));
            assertThat(single(other.alerts()).get("alertId").asText()).isEqualTo(first);
        }
    }

    private static JsonNode single(List<JsonNode> alerts) {
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }
}
