package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.EventReader;
import org.stepin.app.event.InvalidEventException;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.serde.Json;
import org.stepin.app.topics.TopicRole;

class InputTopicTest {
    private static final EventReader READER = new EventReader(Json.mapper(), 5);

    @Test
    void eachInputIsReadAsItsContractSays() {
        MessageEvent message = InputTopic.MESSAGES.valueDeserializer(READER).deserialize("messages",
                bytes("{\"eventId\":\"e1\",\"youthId\":\"y1\",\"channelId\":\"c\",\"platform\":\"instagram\","
                        + "\"direction\":\"INBOUND\",\"conversationId\":\"k\",\"sentAt\":\"2026-03-02T20:00:00Z\","
                        + "\"text\":\"hi\"}"));

        assertThat(message.eventId()).isEqualTo("e1");
        assertThat(InputTopic.CONSENTS.valueDeserializer(READER).deserialize("consents", null)).isNull();
        assertThat(InputTopic.ALERT_ACTIONS.valueDeserializer(READER).deserialize("alert-actions",
                bytes("{\"alertId\":\"a1\",\"action\":\"ACK\",\"at\":\"2026-03-02T20:00:00Z\"}")).action())
                .isEqualTo(ActionKind.ACK);
        assertThat(InputTopic.CONSENTS.keyDeserializer(READER).deserialize("consents", bytes("y1")))
                .isEqualTo("y1");
    }

    @Test
    void aRecordBreakingTheContractThrowsForTheDeadLetterHandler() {
        assertThatThrownBy(() -> InputTopic.MESSAGES.keyDeserializer(READER).deserialize("messages", bytes(" ")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NULL_KEY));
        assertThatThrownBy(() -> InputTopic.MESSAGES.valueDeserializer(READER).deserialize("messages",
                bytes("{\"eventId\":\"e1\",\"youthId\":\"y1\",\"channelId\":\"c\",\"platform\":\"instagram\","
                        + "\"direction\":\"INBOUND\",\"conversationId\":\"k\",\"sentAt\":\"2026-03-02T20:00:00Z\","
                        + "\"text\":\"longer than five\"}")))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LARGE));
    }

    @Test
    void eachInputHasItsRole() {
        assertThat(InputTopic.MESSAGES.role()).isEqualTo(TopicRole.MESSAGES);
        assertThat(InputTopic.CONSENTS.role()).isEqualTo(TopicRole.CONSENTS);
        assertThat(InputTopic.ALERT_ACTIONS.role()).isEqualTo(TopicRole.ALERT_ACTIONS);
        assertThat(OutputTopic.ALERTS.role()).isEqualTo(TopicRole.ALERTS);
    }

    @Test
    void alertsAreWrittenKeyedByYouthIdAsTheAlertContract() {
        assertThat(OutputTopic.ALERTS.keySerializer(Json.mapper()).serialize("caseworker-alerts", "y1"))
                .isEqualTo(bytes("y1"));
        assertThat(OutputTopic.ALERTS.valueSerializer(Json.mapper()))
                .isInstanceOf(org.stepin.app.serde.AlertJson.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
