package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.TopicConfig;
import org.stepin.app.config.ConfigException;
import org.stepin.app.config.Topics;

/**
 * The pipeline's topics as defined in {@code deploy/topics/topics.properties} (packaged as {@link #RESOURCE}):
 * defaults, then per role its name, partitions, replication factor and topic configs. Every key is checked: an
 * unknown key, an unknown Kafka topic config or a bad number stops with an error naming the key, and the
 * co-partitioned inputs must have the same partition count. Immutable.
 */
public final class TopicDefinitions {
    /** The packaged copy of {@code deploy/topics/topics.properties}. */
    public static final String RESOURCE = "/org/stepin/app/topics/topics.properties";

    private static final String TOPIC_PREFIX = "topic.";
    private static final String CONFIG_PART = ".config.";
    private static final Set<String> KAFKA_TOPIC_CONFIGS = kafkaTopicConfigs();

    private final Map<TopicRole, TopicDefinition> topics;

    private TopicDefinitions(Map<TopicRole, TopicDefinition> topics) {
        this.topics = new EnumMap<>(topics);
    }

    /** The packaged definitions (the copy of {@code deploy/topics/topics.properties}). */
    public static TopicDefinitions packaged() {
        try (InputStream in = TopicDefinitions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definitions in {@code file}. */
    public static TopicDefinitions read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot read the topic definitions: " + e.getMessage());
        }
    }

    private static TopicDefinitions read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, "not a properties file: " + e.getMessage());
        }
        return parse(properties);
    }

    /** The definitions in {@code properties}. */
    public static TopicDefinitions parse(Properties properties) {
        requireNonNull(properties, "properties");
        Set<String> used = new TreeSet<>();
        int defaultPartitions = integer(properties, used, "defaults.partitions", 6, 10_000);
        int defaultReplication = integer(properties, used, "defaults.replication-factor", 3, Short.MAX_VALUE);
        Map<TopicRole, TopicDefinition> topics = new EnumMap<>(TopicRole.class);
        for (TopicRole role : TopicRole.values()) {
            String prefix = TOPIC_PREFIX + role.key();
            String nameKey = prefix + ".name";
            used.add(nameKey);
            String name = properties.getProperty(nameKey, role.key()).trim();
            if (name.isEmpty() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
                throw new ConfigException(nameKey, "not a Kafka topic name: '" + name + "'");
            }
            int partitions = integer(properties, used, prefix + ".partitions", defaultPartitions, 10_000);
            int replication = integer(properties, used, prefix + ".replication-factor", defaultReplication,
                    Short.MAX_VALUE);
            Map<String, String> configs = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(prefix + CONFIG_PART)) {
                    String config = key.substring((prefix + CONFIG_PART).length());
                    if (!KAFKA_TOPIC_CONFIGS.contains(config)) {
                        throw new ConfigException(key, "not a Kafka topic config: '" + config + "'");
                    }
                    used.add(key);
                    configs.put(config, configValue(key, config, properties.getProperty(key).trim()));
                }
            }
            topics.put(role, new TopicDefinition(role, name, partitions, (short) replication, configs));
        }
        for (String key : properties.stringPropertyNames()) {
            if (!used.contains(key)) {
                throw new ConfigException(key, "unknown key (roles: messages, consents, alert-actions, alerts,"
                        + " dead-letters)");
            }
        }
        checkCoPartitioned(topics);
        if (!topics.get(TopicRole.CONSENTS).cleanupPolicy().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            throw new ConfigException(TOPIC_PREFIX + TopicRole.CONSENTS.key() + CONFIG_PART
                    + TopicConfig.CLEANUP_POLICY_CONFIG, "must be compact: the latest record per youth is the consent");
        }
        return new TopicDefinitions(topics);
    }

    private static String configValue(String key, String config, String value) {
        if (config.equals(TopicConfig.CLEANUP_POLICY_CONFIG)
                && !Set.of("delete", "compact", "compact,delete", "delete,compact").contains(value)) {
            throw new ConfigException(key, "must be delete, compact or compact,delete, was '" + value + "'");
        }
        if (config.endsWith(".ms") || config.endsWith(".bytes") || config.equals("min.insync.replicas")) {
            try {
                if (Long.parseLong(value) < -1) {
                    throw new ConfigException(key, "must be -1 or more, was " + value);
                }
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "not a whole number: '" + value + "'");
            }
        }
        return value;
    }

    /** Every topic, in role order. */
    public List<TopicDefinition> all() {
        return List.copyOf(topics.values());
    }

    /** The topic for {@code role}. */
    public TopicDefinition get(TopicRole role) {
        return topics.get(requireNonNull(role, "role"));
    }

    /** These topics under the names the pipeline is configured with ({@code stepin.topics.*}). */
    public TopicDefinitions withNames(Topics names) {
        requireNonNull(names, "names");
        Map<TopicRole, TopicDefinition> renamed = new EnumMap<>(topics);
        renamed.computeIfPresent(TopicRole.MESSAGES, (role, topic) -> topic.withName(names.messages()));
        renamed.computeIfPresent(TopicRole.CONSENTS, (role, topic) -> topic.withName(names.consents()));
        renamed.computeIfPresent(TopicRole.ALERT_ACTIONS, (role, topic) -> topic.withName(names.alertActions()));
        renamed.computeIfPresent(TopicRole.ALERTS, (role, topic) -> topic.withName(names.alerts()));
        renamed.computeIfPresent(TopicRole.DEAD_LETTERS, (role, topic) -> topic.withName(names.deadLetters()));
        return new TopicDefinitions(renamed);
    }

    /** These topics with replication factor {@code factor} (1 for a single-broker development cluster). */
    public TopicDefinitions withReplicationFactor(short factor) {
        Map<TopicRole, TopicDefinition> changed = new EnumMap<>(TopicRole.class);
        topics.forEach((role, topic) -> changed.put(role, topic.withReplicationFactor(factor)));
        return new TopicDefinitions(changed);
    }

    private static void checkCoPartitioned(Map<TopicRole, TopicDefinition> topics) {
        TopicDefinition messages = topics.get(TopicRole.MESSAGES);
        for (TopicDefinition topic : topics.values()) {
            if (topic.role().coPartitioned() && topic.partitions() != messages.partitions()) {
                throw new ConfigException(TOPIC_PREFIX + topic.role().key() + ".partitions",
                        "must equal the messages topic's " + messages.partitions()
                                + " partitions (the inputs are co-partitioned by youth id), was "
                                + topic.partitions());
            }
        }
    }

    private static int integer(Properties properties, Set<String> used, String key, int fallback, int max) {
        used.add(key);
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 1 || number > max) {
                throw new ConfigException(key, "must be between 1 and " + max + ", was " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "not a whole number: '" + value.trim() + "'");
        }
    }

    /** The names of Kafka's topic-level configs: the {@code *_CONFIG} constants of {@link TopicConfig}. */
    private static Set<String> kafkaTopicConfigs() {
        Set<String> names = new TreeSet<>();
        for (Field field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && field.getName().endsWith("_CONFIG")) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(names);
    }
}
