package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.StoredConsent;

/** The consent gate, before any scoring: allow-list, consent status, channel, validity edges, age policy. */
class ConsentGateTest {
    private static final Instant FROM = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-09T09:00:00Z");
    private static final Duration MS = Duration.ofMillis(1);
    private static final String RISK = "i cut myself again last night";
    private static final String YOUTH = "youth-7";

    @Test
    void aConsentedMessageIsScoredAndAlerts() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, UNTIL, 2010));
            pipeline.send(Events.message("e1", YOUTH, FROM.plus(Duration.ofHours(1)), RISK));

            assertThat(pipeline.alerts()).hasSize(1);
            assertThat(pipeline.counts.count("scored.INBOUND")).isEqualTo(1);
        }
    }

    @Test
    void theConsentStoreChangelogHoldsTheBinaryFormat() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, UNTIL, 2010));
            pipeline.revoke(YOUTH, FROM.plusSeconds(60));

            List<byte[]> values = pipeline.consentChangelogValues();
            assertThat(values).hasSize(2).allSatisfy(value -> assertThat(value[0]).isEqualTo((byte) 0x01));
            assertThat(pipeline.consentStore().get(YOUTH)).isEqualTo(new StoredConsent(null, true, false));
        }
    }

    @Test
    void withoutAConsentRecordNothingIsScored() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.send(Events.message("e1", YOUTH, FROM, RISK));

            assertBlocked(pipeline, "NO_CONSENT");
        }
    }

    @Test
    void aChannelOffTheAllowListIsBlockedEvenWithConsent() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            ObjectNode consent = Events.consent(YOUTH, FROM, UNTIL, 2010);
            consent.withArray("channels").add("personal-account");
            pipeline.consent(consent);
            ObjectNode message = Events.message("e1", YOUTH, FROM.plusSeconds(60), RISK);
            message.put("channelId", "personal-account");
            pipeline.send(message);

            assertBlocked(pipeline, "CHANNEL_NOT_ALLOWED");
        }
    }

    @Test
    void anAllowedChannelTheConsentDoesNotCoverIsBlocked() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, UNTIL, 2010));
            ObjectNode message = Events.message("e1", YOUTH, FROM.plusSeconds(60), RISK);
            message.put("channelId", Events.OTHER_CHANNEL);
            pipeline.send(message);

            assertBlocked(pipeline, "OTHER_CHANNEL");
        }
    }

    @Test
    void validFromIsInclusiveToTheMillisecond() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, UNTIL, 2010));
            pipeline.send(Events.message("e1", YOUTH, FROM.minus(MS), RISK));
            assertBlocked(pipeline, "NOT_YET_VALID");

            pipeline.send(Events.message("e2", YOUTH, FROM, RISK));
            assertThat(pipeline.alerts()).extracting(alert -> alert.get("triggeringEventIds").get(0).asText())
                    .containsExactly("e2");
        }
    }

    @Test
    void validUntilIsExclusiveToTheMillisecond() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, UNTIL, 2010));
            pipeline.send(Events.message("e1", YOUTH, UNTIL.minus(MS), RISK));
            assertThat(pipeline.alerts()).hasSize(1);

            pipeline.send(Events.message("e2", YOUTH, UNTIL, RISK));
            assertBlocked(pipeline, "EXPIRED");
        }
    }

    @Test
    void aRevokedStatusStopsScoringAndDeletesTheYouthsState() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, null, 2010));
            pipeline.send(Events.message("e1", YOUTH, FROM.plusSeconds(60), RISK));
            assertThat(pipeline.alerts()).hasSize(1);
            assertThat(pipeline.youthStates().get(YOUTH)).isNotNull();

            ObjectNode revoked = Events.consent(YOUTH, FROM, null, 2010);
            revoked.put("status", "REVOKED");
            revoked.put("recordedAt", FROM.plusSeconds(120).toString());
            pipeline.consent(revoked);
            assertThat(pipeline.youthStates().get(YOUTH)).isNull();
            assertThat(pipeline.counts.count("stateDeleted")).isEqualTo(1);

            pipeline.send(Events.message("e2", YOUTH, FROM.plusSeconds(180), "i want to die tonight"));
            assertBlocked(pipeline, "REVOKED");
        }
    }

    @Test
    void aTombstoneRevokesToo() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, null, 2010));
            pipeline.send(Events.message("e1", YOUTH, FROM.plusSeconds(60), RISK));
            assertThat(pipeline.alerts()).hasSize(1);

            pipeline.revoke(YOUTH, FROM.plusSeconds(120));
            assertThat(pipeline.youthStates().get(YOUTH)).isNull();
            pipeline.send(Events.message("e2", YOUTH, FROM.plusSeconds(180), "i want to die tonight"));
            assertBlocked(pipeline, "REVOKED");
        }
    }

    @Test
    void aNewGrantAfterRevocationStartsAfresh() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            pipeline.consent(Events.consent(YOUTH, FROM, null, 2010));
            pipeline.revoke(YOUTH, FROM.plusSeconds(60));
            ObjectNode again = Events.consent(YOUTH, FROM.plusSeconds(120), null, 2010);
            pipeline.consent(again);
            pipeline.send(Events.message("e1", YOUTH, FROM.plusSeconds(180), RISK));

            assertThat(pipeline.alerts()).hasSize(1);
        }
    }

    @Test
    void aYouthBelowThePlatformsMinimumAgeGivesOneSupervisorAlertAndNoScoring() {
        Properties overrides = new Properties();
        overrides.setProperty("stepin.age.minimum.instagram", "13");
        try (PipelineDriver pipeline = new PipelineDriver(overrides)) {
            ObjectNode consent = Events.consent(YOUTH, FROM, null, 2014);
            pipeline.consent(consent);
            pipeline.consent(consent);

            List<JsonNode> alerts = pipeline.alerts();
            assertThat(alerts).hasSize(1);
            JsonNode alert = alerts.get(0);
            assertThat(alert.get("routeTo").asText()).isEqualTo("SUPERVISOR");
            assertThat(alert.get("trigger").asText()).isEqualTo("AGE_POLICY");
            assertThat(alert.get("youthId").asText()).isEqualTo(YOUTH);
            assertThat(alert.get("snippet").asText()).isEmpty();
            assertThat(alert.get("reason").asText()).contains("instagram").contains("13");

            pipeline.send(Events.message("e1", YOUTH, FROM.plusSeconds(60), RISK));
            assertBlocked(pipeline, "AGE_POLICY");
        }
    }

    @Test
    void ageIsJudgedConservativelyFromTheBirthYear() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            // Recorded in 2026: born 2013 turns 13 this year, so may be 12 today; not certainly under age.
            pipeline.consent(Events.consent(YOUTH, FROM, null, 2013));
            pipeline.consent(Events.consent("youth-8", FROM, null, 2014));

            assertThat(pipeline.alerts()).extracting(alert -> alert.get("youthId").asText())
                    .containsExactly("youth-8");
        }
    }

    @Test
    void aPlatformWithAHigherMinimumAgeIsJudgedByItsOwn() {
        Properties overrides = new Properties();
        overrides.setProperty("stepin.age.minimum.whatsapp", "16");
        try (PipelineDriver pipeline = new PipelineDriver(overrides)) {
            ObjectNode consent = Events.consent(YOUTH, FROM, null, 2011);
            consent.withArray("channels").add(Events.OTHER_CHANNEL);
            pipeline.consent(consent);

            List<JsonNode> alerts = pipeline.alerts();
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).get("reason").asText()).contains("whatsapp").contains("16");
        }
    }

    private static void assertBlocked(PipelineDriver pipeline, String reason) {
        assertThat(pipeline.alerts()).isEmpty();
        assertThat(pipeline.counts.count("blocked." + reason)).isEqualTo(1);
        long blocked = pipeline.counts().entrySet().stream().filter(count -> count.getKey().startsWith("blocked."))
                .mapToLong(count -> count.getValue()).sum();
        assertThat(pipeline.counts.count("scored.INBOUND"))
                .as("every received message is either blocked or scored, never both")
                .isEqualTo(pipeline.counts.count("received.INBOUND") - blocked);
    }
}
