package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Captures every log line of a run full of sensitive messages (alerts, blocks, revocation, poison pills, worker
 * actions), with our loggers at TRACE and Kafka's at INFO, and finds no message text, youth id or worker id.
 */
class LogPrivacyTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final String YOUTH = "youth-zq81-secret-id";
    private static final String OTHER = "youth-ux42-secret-id";
    private static final List<String> SECRETS = List.of(YOUTH, OTHER, "worker-3", "kwxyzzy", "plughpill",
            "07700 900123", "called them, they are safe");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level rootLevel;
    private Logger kafka;
    private Level kafkaLevel;
    private Logger own;
    private Level ownLevel;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        kafka = context.getLogger("org.apache.kafka");
        own = context.getLogger("org.stepin");
        rootLevel = root.getLevel();
        kafkaLevel = kafka.getLevel();
        ownLevel = own.getLevel();
        root.setLevel(Level.INFO);
        kafka.setLevel(Level.INFO);
        own.setLevel(Level.TRACE);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        kafka.setLevel(kafkaLevel);
        own.setLevel(ownLevel);
    }

    @Test
    void noLogLineCarriesMessageTextOrIdsOfPeople() {
        for (String guarantee : List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE)) {
            Properties streams = new Properties();
            streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
            try (PipelineDriver pipeline = new PipelineDriver(new Properties(), streams)) {
                pipeline.consent(Events.consent(YOUTH, T.minus(Duration.ofDays(1)), null, 2010));
                pipeline.send(Events.message("e1", YOUTH, T, "kwxyzzy i want to die tonight"));
                pipeline.send(Events.message("e2", YOUTH, T.plusSeconds(60), "plughpill call me 07700 900123"));
                pipeline.send(Events.message("e3", OTHER, T, "kwxyzzy i cut myself again"));
                pipeline.sendRaw(PipelineDriver.utf8(YOUTH), PipelineDriver.utf8("{\"text\": \"kwxyzzy\" plughpill"),
                        T);
                ObjectNode wrongType = Events.message("e4", YOUTH, T, "kwxyzzy");
                wrongType.put("sentAt", "kwxyzzy plughpill");
                pipeline.sendRaw(PipelineDriver.utf8(YOUTH), PipelineDriver.utf8(wrongType.toString()), T);
                pipeline.send(OTHER, Events.message("e5", YOUTH, T, "kwxyzzy key mismatch"));
                String alertId = pipeline.alerts().get(0).get("alertId").asText();
                pipeline.act(YOUTH, Events.action(alertId, "CLOSE", "ACTIONED", T.plusSeconds(120)));
                pipeline.revoke(YOUTH, T.plusSeconds(180));
                pipeline.send(Events.message("e6", YOUTH, T.plusSeconds(240), "kwxyzzy after revocation"));
                assertThat(pipeline.deadLetters()).hasSizeGreaterThanOrEqualTo(
                        guarantee.equals(StreamsConfig.AT_LEAST_ONCE) ? 3 : 0);
            }
        }

        assertThat(captured.list).as("the run logged something, so the check is not vacuous").isNotEmpty();
        assertThat(captured.list).anySatisfy(event -> assertThat(event.getLoggerName()).startsWith("org.stepin"));
        for (ILoggingEvent event : captured.list) {
            String line = render(event);
            for (String secret : SECRETS) {
                assertThat(line).as("log line from %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            line.append(' ').append(proxy.getClassName()).append(": ").append(proxy.getMessage());
            for (StackTraceElementProxy frame : proxy.getStackTraceElementProxyArray()) {
                line.append(' ').append(frame.getSTEAsString());
            }
        }
        event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        return line.toString();
    }
}
