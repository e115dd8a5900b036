package org.stepin.app.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepin.app.event.DeadLetter;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.InvalidEventException;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.serde.DeadLetterJson;
import org.stepin.app.serde.Json;

/**
 * Kafka Streams' exception handler for records that cannot be read or processed: each goes, whole, to the
 * dead-letter topic with its source, error kind and reason, is counted, and the stream goes on. Configured by
 * {@link PipelineTopology#streamsProperties}; the dead-letter topic comes from
 * {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG} and the listener from {@link #LISTENER_CONFIG}.
 * Logs the kind and the record's coordinates only, never its content.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {
    /** Config key under which the pipeline passes its {@link PipelineListener} instance. */
    public static final String LISTENER_CONFIG = "stepin.pipeline.listener";
    /** Header with the error kind on each dead letter. */
    public static final String KIND_HEADER = "stepin.error.kind";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private final DeadLetterJson json = new DeadLetterJson(Json.mapper());
    private String topic;
    private PipelineListener listener = PipelineListener.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (name == null || name.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " is not set");
        }
        topic = name.toString();
        if (configs.get(LISTENER_CONFIG) instanceof PipelineListener configured) {
            listener = configured;
        }
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return DeserializationExceptionHandler.Response.resume(
                List.of(deadLetter(context, record.key(), record.value(), exception)));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        return ProcessingExceptionHandler.Response.resume(
                List.of(deadLetter(context, context.sourceRawKey(), context.sourceRawValue(), exception)));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, byte[] key, byte[] value,
                                                      Exception exception) {
        InvalidEventException invalid = invalid(exception);
        ErrorKind kind = invalid == null ? ErrorKind.PROCESSING_ERROR : invalid.kind();
        String reason = invalid == null ? "processing failed with " + exception.getClass().getName()
                : invalid.getMessage();
        DeadLetter letter = new DeadLetter(context.topic(), context.partition(), context.offset(), kind,
                (invalid == null ? exception : invalid).getClass().getName(), reason, context.processorNodeId(),
                Instant.now(), key, value);
        if (invalid == null) {
            LOG.error("dead letter {} from {}-{}@{} at {}", kind, context.topic(), context.partition(),
                    context.offset(), context.processorNodeId(), new SafeTrace(exception));
        } else {
            LOG.warn("dead letter {} from {}-{}@{}", kind, context.topic(), context.partition(), context.offset());
        }
        listener.deadLetter(kind);
        RecordHeaders headers = new RecordHeaders();
        headers.add(KIND_HEADER, kind.name().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, key, json.toBytes(letter), headers);
    }

    private static InvalidEventException invalid(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEventException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
