package org.stepin.app.config;

import static org.stepin.app.config.PipelineConfigDef.AGE_MINIMUM_PREFIX;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.stepin.app.topics.TopicRole;
import org.stepin.app.topics.Topics;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.privacy.AgencyDetails;

/**
 * Reads a {@link PipelineConfig} from properties, once, against {@link PipelineConfigDef}. Keys under
 * {@code stepin.} are the pipeline's own and are all checked: an unknown one is an error (so typos do not pass
 * silently), and so is a bad value, naming the key and the value. Keys under {@code kafka.} are passed to Kafka
 * Streams and its clients without the prefix, unchecked here; any other key is an error.
 */
public final class ConfigLoader {
    /** Prefix of the pipeline's own keys. */
    public static final String OWN_PREFIX = "stepin.";
    /** Prefix of keys passed to Kafka Streams. */
    public static final String KAFKA_PREFIX = "kafka.";

    private final AbstractConfig values;

    private ConfigLoader(AbstractConfig values) {
        this.values = values;
    }

    /** Reads and validates {@code file}. */
    public static PipelineConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(file.toString(), "cannot read the configuration file: " + e.getMessage());
        }
        return load(properties);
    }

    /** Validates {@code properties}; missing keys take their defaults. */
    public static PipelineConfig load(Properties properties) {
        Map<String, String> own = new TreeMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key);
            if (key.startsWith(KAFKA_PREFIX)) {
                kafka.put(key.substring(KAFKA_PREFIX.length()), value.trim());
            } else if (key.startsWith(OWN_PREFIX)) {
                own.put(key, value);
            } else {
                throw new ConfigException(key, "unknown key (pipeline keys start with '" + OWN_PREFIX
                        + "', Kafka settings with '" + KAFKA_PREFIX + "')");
            }
        }
        ConfigDef definition = PipelineConfigDef.withPlatformAges(own.keySet());
        for (String key : own.keySet()) {
            if (!definition.names().contains(key)) {
                throw new ConfigException(key, "unknown key (every key: deploy/config/SETTINGS.md)");
            }
        }
        validate(definition, own);
        return new ConfigLoader(new AbstractConfig(definition, own, false)).read(kafka);
    }

    /** Parses and validates each value set, so that the first bad one stops start-up naming its key. */
    private static void validate(ConfigDef definition, Map<String, String> own) {
        for (ConfigDef.ConfigKey key : definition.configKeys().values()) {
            String value = own.get(key.name);
            if (value == null) {
                continue;
            }
            Object parsed;
            try {
                parsed = ConfigDef.parseType(key.name, value, key.type);
            } catch (org.apache.kafka.common.config.ConfigException e) {
                throw new ConfigException(key.name, expected(key.type) + ", was '" + value.trim() + "'");
            }
            if (key.validator != null) {
                try {
                    key.validator.ensureValid(key.name, parsed);
                } catch (org.apache.kafka.common.config.ConfigException e) {
                    throw new ConfigException(key.name, reason(e, key.name) + ", was '" + value.trim() + "'");
                }
            }
        }
    }

    private PipelineConfig read(Map<String, String> kafka) {
        AlertSettings alerts = new AlertSettings(
                ConfigValues.alertThreshold(values.getString(PipelineConfigDef.ALERT_THRESHOLD)),
                duration(PipelineConfigDef.ALERT_SUPPRESSION));
        return new PipelineConfig(topics(), ConfigValues.channels(values.getList(PipelineConfigDef.CHANNELS)),
                agePolicy(), values.getInt(PipelineConfigDef.MAX_CHARS), alerts, trajectory(), workingHours(),
                agency(), deep(), kafka);
    }

    private Topics topics() {
        Map<TopicRole, String> names = new EnumMap<>(TopicRole.class);
        Map<String, TopicRole> roles = new HashMap<>();
        for (TopicRole role : TopicRole.values()) {
            String key = PipelineConfigDef.topicKey(role);
            String name = values.getString(key);
            TopicRole other = roles.putIfAbsent(name, role);
            if (other != null) {
                throw new ConfigException(key, "'" + name + "' is already the name of "
                        + PipelineConfigDef.topicKey(other));
            }
            names.put(role, name);
        }
        return new Topics(names.get(TopicRole.MESSAGES), names.get(TopicRole.CONSENTS),
                names.get(TopicRole.ALERT_ACTIONS), names.get(TopicRole.ALERTS), names.get(TopicRole.DEAD_LETTERS),
                values.getInt(PipelineConfigDef.TOPIC_PARTITIONS));
    }

    private AgePolicy agePolicy() {
        Map<String, Integer> byPlatform = new HashMap<>();
        for (String key : values.values().keySet()) {
            if (key.startsWith(AGE_MINIMUM_PREFIX)) {
                byPlatform.put(key.substring(AGE_MINIMUM_PREFIX.length()).toLowerCase(Locale.ROOT),
                        values.getInt(key));
            }
        }
        return new AgePolicy(values.getInt(PipelineConfigDef.AGE_MINIMUM), byPlatform);
    }

    private TrajectorySettings trajectory() {
        TrajectorySettings trajectory = new TrajectorySettings(duration(PipelineConfigDef.TRAJECTORY_WINDOW),
                duration(PipelineConfigDef.TRAJECTORY_BURST), values.getInt(PipelineConfigDef.TRAJECTORY_MAX_ENTRIES),
                duration(PipelineConfigDef.TRAJECTORY_HALF_LIFE),
                values.getDouble(PipelineConfigDef.TRAJECTORY_MODERATE_AT),
                values.getDouble(PipelineConfigDef.TRAJECTORY_HIGH_AT));
        if (trajectory.highAt() < trajectory.moderateAt()) {
            throw new ConfigException(PipelineConfigDef.TRAJECTORY_HIGH_AT, "must not be below "
                    + PipelineConfigDef.TRAJECTORY_MODERATE_AT + " (" + trajectory.moderateAt() + "), was '"
                    + trajectory.highAt() + "'");
        }
        return trajectory;
    }

    private WorkingHours workingHours() {
        ConfigValues.DailySpan span = ConfigValues.dailySpan(values.getString(PipelineConfigDef.WORKING_HOURS_TIME));
        return new WorkingHours(ConfigValues.zone(values.getString(PipelineConfigDef.WORKING_HOURS_ZONE)),
                ConfigValues.days(values.getString(PipelineConfigDef.WORKING_HOURS_DAYS)), span.start(), span.end());
    }

    private AgencyDetails agency() {
        return new AgencyDetails(set(PipelineConfigDef.AGENCY_EMAIL_DOMAINS), set(PipelineConfigDef.AGENCY_PHONES),
                set(PipelineConfigDef.AGENCY_HANDLES), set(PipelineConfigDef.AGENCY_URL_DOMAINS));
    }

    private DeepSettings deep() {
        return new DeepSettings(values.getBoolean(PipelineConfigDef.DEEP_ENABLED),
                values.getInt(PipelineConfigDef.DEEP_PIPELINES), duration(PipelineConfigDef.DEEP_MAX_WAIT));
    }

    private Duration duration(String key) {
        return ConfigValues.positiveDuration(values.getString(key));
    }

    /** The items of a list key, blanks left out, each once. */
    private Set<String> set(String key) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : values.getList(key)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    /** What a value of {@code type} must be, for a value that is not one. */
    private static String expected(ConfigDef.Type type) {
        return switch (type) {
            case INT, SHORT, LONG -> "not a whole number";
            case DOUBLE -> "not a number";
            case BOOLEAN -> "must be true or false";
            default -> "not a " + type.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The reason in Kafka's "Invalid value V for configuration K: reason". */
    private static String reason(org.apache.kafka.common.config.ConfigException e, String key) {
        String message = String.valueOf(e.getMessage());
        String marker = " for configuration " + key + ": ";
        int at = message.indexOf(marker);
        return at < 0 ? message : message.substring(at + marker.length());
    }
}
